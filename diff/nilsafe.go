package diff

import (
	"errors"
	"time"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// errNilDocument is Compare's error for a missing document.
var errNilDocument = errors.New("diff: Compare needs two documents, got nil")

// dayBefore returns the day before a full date: the last day of a period
// that ends when d begins, worded as such (「10月30日まで」, not
// 「10月31日の前日まで」).
func dayBefore(d whitepaper.Date) whitepaper.Date {
	if d.Precision() < 3 {
		return d
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day-1, 0, 0, 0, 0, time.UTC)
	return whitepaper.DayOf(t.Year(), t.Month(), t.Day())
}

// orEmpty returns doc, or an empty document for nil: the functions that
// word a comparison treat a missing document as one that states nothing.
func orEmpty(doc *whitepaper.Document) *whitepaper.Document {
	if doc == nil {
		return &whitepaper.Document{}
	}
	return doc
}
