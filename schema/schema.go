// Package schema publishes the JSON Schema (draft 2020-12) of whitepaper
// documents, so that tools outside Go (editors, Python and JavaScript
// validators) can check documents with the rules the Go loader applies
// field by field.
//
// The schema is generated from the Go types of package whitepaper and
// committed as whitepaper.schema.json, which this package embeds; no
// source tree is needed at run time. A test regenerates it and fails on
// any difference; `go test ./schema -update` rewrites it.
//
// What the schema cannot check is left to [whitepaper.Document.Validate]:
// rules across fields (keys unique in keyed lists, references to providers
// and services, the revision history), real calendar dates (2023-02-30),
// known language subtags and country codes, and texts missing a declared
// language.
package schema

import (
	"bytes"
	_ "embed"
)

// ID is the schema's identifier ($id): the URL that serves the file from
// the release that published it, so that editors and validators can fetch
// it by its $id. Each release that changes the schema names its own tag
// here; a test checks that the tag is the newest release in CHANGELOG.md.
const ID = "https://raw.githubusercontent.com/openwhitepaper/whitepaper/v0.1.0/schema/whitepaper.schema.json"

//go:embed whitepaper.schema.json
var published []byte

// JSON returns the published JSON Schema. The caller may modify the result.
func JSON() []byte { return bytes.Clone(published) }
