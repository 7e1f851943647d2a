// Command floor decodes YAML files into map[string]any with
// go.yaml.in/yaml/v3 and nothing else: the cost no YAML-reading tool can
// beat, against which bench/run.sh measures the whitepaper commands.
package main

import (
	"fmt"
	"log"
	"os"

	"go.yaml.in/yaml/v3"
)

func main() {
	n := 0
	for _, path := range os.Args[1:] {
		data, err := os.ReadFile(path)
		if err != nil {
			log.Fatal(err)
		}
		var v map[string]any
		if err := yaml.Unmarshal(data, &v); err != nil {
			log.Fatal(err)
		}
		n += len(v)
	}
	fmt.Println(n)
}
