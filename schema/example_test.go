package schema_test

import (
	"encoding/json"
	"fmt"

	"github.com/openwhitepaper/whitepaper/schema"
)

func ExampleJSON() {
	var s struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
	}
	if err := json.Unmarshal(schema.JSON(), &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Schema)
	fmt.Println(s.ID)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// https://raw.githubusercontent.com/openwhitepaper/whitepaper/v0.1.0/schema/whitepaper.schema.json
}
