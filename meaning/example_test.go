package meaning_test

import (
	"fmt"
	"reflect"

	"github.com/openwhitepaper/whitepaper/meaning"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

func ExampleDurations() {
	parse := func(s string) whitepaper.Duration {
		d, _ := whitepaper.ParseDuration(s)
		return d
	}
	// A deadline: lower is better.
	fmt.Println(meaning.Durations(parse("within 24 hours"), parse("within 72 hours"), whitepaper.Lower))
	fmt.Println(meaning.Durations(parse("within 72 hours"), parse("at least 72 hours"), whitepaper.Lower))
	fmt.Println(meaning.Durations(parse("promptly"), parse("within 24 hours"), whitepaper.Lower))
	// A retention: higher is better.
	fmt.Println(meaning.Durations(parse("within 30 days"), parse("at least 30 days"), whitepaper.Higher))
	// Output:
	// better
	// better
	// incomparable
	// worse
}

func ExampleFact_Compare() {
	f, _ := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Notification](), "deadline")
	day := reflect.ValueOf(whitepaper.Within(24, whitepaper.Hour))
	three := reflect.ValueOf(whitepaper.Within(72, whitepaper.Hour))
	guaranteed := meaning.Fact{Field: f, Value: three, Status: meaning.Held, Commitment: whitepaper.Guaranteed}
	target := meaning.Fact{Field: f, Value: day, Status: meaning.Held, Commitment: whitepaper.Target}
	planned := meaning.Fact{Field: f, Value: three, Status: meaning.Held, Commitment: whitepaper.Guaranteed, Qualifier: whitepaper.Planned}
	fmt.Println(target.Compare(guaranteed)) // shorter, but only a target
	fmt.Println(planned.Compare(guaranteed))
	// Output:
	// incomparable
	// worse
}
