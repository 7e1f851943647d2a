package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

const versionUsage = `usage: whitepaper version

Version prints the module version of the tool and, when it was built from
a git checkout, the commit and its time; then the Go version.

Flags:
`

func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", versionUsage, stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 0 {
		say(stderr, fs, "takes no arguments")
		return exitUsage
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(stdout, versionLine(info))
	return exitOK
}

// versionLine describes the build: "whitepaper v0.1.0 (commit 0123abcd,
// 2026-11-25T18:00:00Z) go1.26.0". A build from a clone has the version
// "(devel)"; a commit with uncommitted changes is marked "+dirty".
func versionLine(info *debug.BuildInfo) string {
	version := "(unknown)"
	var commit, when string
	dirty := false
	if info != nil {
		version = info.Main.Version
		if version == "" {
			version = "(devel)"
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	line := "whitepaper " + version
	if commit != "" {
		if len(commit) > 12 {
			commit = commit[:12]
		}
		if dirty {
			commit += "+dirty"
		}
		line += " (commit " + commit
		if when != "" {
			line += ", " + when
		}
		line += ")"
	}
	return line + " " + runtime.Version()
}
