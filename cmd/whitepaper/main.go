// Command whitepaper checks, formats and converts security whitepapers
// written in the openwhitepaper format.
//
// Usage:
//
//	whitepaper <command> [flags] [arguments]
//
// The commands are:
//
//	validate   check documents and print diagnostics
//	fmt        write a document in canonical YAML or JSON
//	render     write a document as a Markdown or HTML whitepaper
//	schema     print the JSON Schema of documents
//	diff       explain what changed between two versions
//	compare    set the whitepapers of several vendors side by side
//	site       build a static trust page from a document's git history
//	coverage   answer a checklist (ISO/IEC 27017 by default) from a document's facts
//	answer     fill in a buyer's questionnaire workbook (.xlsx)
//	lint       check a document's security posture
//	init       write a new document skeleton with every section
//	version    print the version of the tool
//	completion print a shell completion script (bash, zsh, fish)
//	help       print help for a command
//
// Exit status: 0 on success, 1 when a document has errors, 2 on usage errors.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

// command is one subcommand of the CLI.
type command struct {
	name    string
	summary string
	usage   string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"validate", "check documents and print diagnostics", validateUsage, runValidate},
		{"fmt", "write a document in canonical YAML or JSON", fmtUsage, runFmt},
		{"render", "write a document as a Markdown or HTML whitepaper", renderUsage, runRender},
		{"schema", "print the JSON Schema of documents", schemaUsage, runSchema},
		{"diff", "explain what changed between two versions", diffUsage, runDiff},
		{"compare", "set the whitepapers of several vendors side by side", compareUsage, runCompare},
		{"site", "build a static trust page from a document's git history", siteUsage, runSite},
		{"coverage", "answer a checklist (ISO/IEC 27017 by default) from the facts", coverageUsage, runCoverage},
		{"answer", "fill in a buyer's questionnaire workbook (.xlsx)", answerUsage, runAnswer},
		{"lint", "check a document's security posture", lintUsage, runLint},
		{"init", "write a new document skeleton with every section", initUsage, runInit},
		{"version", "print the version of the tool", versionUsage, runVersion},
		{"completion", "print a shell completion script (bash, zsh, fish)", completionUsage, runCompletion},
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printHelp(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) == 0 {
			printHelp(stdout)
			return exitOK
		}
		for _, c := range commands() {
			if c.name == rest[0] {
				fmt.Fprint(stdout, c.usage)
				return exitOK
			}
		}
		sayCmd(stderr, "help", nil, "unknown command %q", rest[0])
		return exitUsage
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(rest, stdin, stdout, stderr)
		}
	}
	sayCmd(stderr, "", nil, "unknown command %q; run 'whitepaper help'", name)
	return exitUsage
}

func printHelp(w io.Writer) {
	fmt.Fprint(w, "whitepaper works with security whitepapers in the openwhitepaper format.\n\nUsage:\n\n\twhitepaper <command> [flags] [arguments]\n\nCommands:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-11s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'whitepaper help <command>' or 'whitepaper <command> -h' for its flags.\n")
}
