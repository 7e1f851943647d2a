package diff

import (
	"errors"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// errNilDocument is Compare's error for a missing document.
var errNilDocument = errors.New("diff: Compare needs two documents, got nil")

// orEmpty returns doc, or an empty document for nil: the functions that
// word a comparison treat a missing document as one that states nothing.
func orEmpty(doc *whitepaper.Document) *whitepaper.Document {
	if doc == nil {
		return &whitepaper.Document{}
	}
	return doc
}
