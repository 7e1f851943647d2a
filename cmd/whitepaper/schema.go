package main

import (
	"io"

	"github.com/openwhitepaper/whitepaper/schema"
)

const schemaUsage = `usage: whitepaper schema

Schema prints the JSON Schema (draft 2020-12) of whitepaper documents, the
same file as schema/whitepaper.schema.json. Editors and validators outside
Go use it; it checks each field, while 'whitepaper validate' also checks the
rules across fields.

Flags:
`

func runSchema(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("schema", schemaUsage, stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 0 {
		say(stderr, fs, "takes no arguments")
		fs.Usage()
		return exitUsage
	}
	if _, err := stdout.Write(schema.JSON()); err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	return exitOK
}
