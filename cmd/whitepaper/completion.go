package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
)

const completionUsage = `usage: whitepaper completion bash|zsh|fish

Completion prints a script that completes whitepaper's commands and flags
in the shell. Load it for the session, or save it where the shell loads
completions from:

    source <(whitepaper completion bash)       # bash
    whitepaper completion zsh > "${fpath[1]}/_whitepaper"   # zsh
    whitepaper completion fish > ~/.config/fish/completions/whitepaper.fish

Flags:
`

func runCompletion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("completion", completionUsage, stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		say(stderr, fs, "want one shell: bash, zsh or fish")
		return exitUsage
	}
	var script string
	switch fs.Arg(0) {
	case "bash":
		script = bashCompletion()
	case "zsh":
		script = "#compdef whitepaper\n\nautoload -U bashcompinit && bashcompinit\n" + bashCompletion()
	case "fish":
		script = fishCompletion()
	default:
		say(stderr, fs, "unknown shell %q (want bash, zsh or fish)", fs.Arg(0))
		return exitUsage
	}
	_, _ = io.WriteString(stdout, script)
	return exitOK
}

// commandFlags returns the flags of each command, by asking the command
// for its flag set with -h and a discarding output.
func commandFlags() map[string][]*flag.Flag {
	out := map[string][]*flag.Flag{}
	for _, c := range commands() {
		fs := flagSetOf(c.name)
		if fs == nil {
			continue
		}
		fs.VisitAll(func(f *flag.Flag) { out[c.name] = append(out[c.name], f) })
	}
	return out
}

func commandNames() []string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return append(names, "help")
}

func bashCompletion() string {
	var b strings.Builder
	b.WriteString("# bash completion for whitepaper\n_whitepaper() {\n")
	b.WriteString("  local cur=${COMP_WORDS[COMP_CWORD]}\n")
	b.WriteString("  if [ \"$COMP_CWORD\" -eq 1 ]; then\n")
	fmt.Fprintf(&b, "    COMPREPLY=($(compgen -W %q -- \"$cur\"))\n    return\n  fi\n", strings.Join(commandNames(), " "))
	b.WriteString("  case ${COMP_WORDS[1]} in\n")
	flags := commandFlags()
	for _, name := range commandNames() {
		var words []string
		for _, f := range flags[name] {
			words = append(words, "--"+f.Name)
		}
		switch name {
		case "help":
			words = commandNames()
		case "completion":
			words = append(words, "bash", "zsh", "fish")
		}
		fmt.Fprintf(&b, "  %s)\n    if [[ $cur == -* || %t == true ]]; then\n      COMPREPLY=($(compgen -W %q -- \"$cur\"))\n    else\n      COMPREPLY=($(compgen -f -- \"$cur\"))\n    fi\n    ;;\n",
			name, name == "help" || name == "completion", strings.Join(words, " "))
	}
	b.WriteString("  esac\n}\ncomplete -o filenames -F _whitepaper whitepaper\n")
	return b.String()
}

func fishCompletion() string {
	var b strings.Builder
	b.WriteString("# fish completion for whitepaper\ncomplete -c whitepaper -f\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "complete -c whitepaper -n __fish_use_subcommand -a %s -d %s\n", c.name, fishQuote(c.summary))
	}
	fmt.Fprintf(&b, "complete -c whitepaper -n __fish_use_subcommand -a help -d %s\n", fishQuote("print help for a command"))
	flags := commandFlags()
	names := commandNames()
	slices.Sort(names)
	for _, name := range names {
		for _, f := range flags[name] {
			usage, _, _ := strings.Cut(f.Usage, "\n")
			usage = strings.ReplaceAll(usage, "`", "")
			fmt.Fprintf(&b, "complete -c whitepaper -n '__fish_seen_subcommand_from %s' -l %s -d %s\n", name, f.Name, fishQuote(usage))
		}
		if name != "help" && name != "completion" && name != "schema" && name != "version" && name != "init" {
			fmt.Fprintf(&b, "complete -c whitepaper -n '__fish_seen_subcommand_from %s' -F\n", name)
		}
	}
	fmt.Fprintf(&b, "complete -c whitepaper -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n")
	fmt.Fprintf(&b, "complete -c whitepaper -n '__fish_seen_subcommand_from help' -a %s\n", fishQuote(strings.Join(commandNames(), " ")))
	return b.String()
}

func fishQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// recordFlagSet, when set, is given each flag set newFlagSet makes.
var recordFlagSet func(*flag.FlagSet)

// flagSetOf returns the flag set of a command, by running it with -h and
// its output discarded.
func flagSetOf(name string) *flag.FlagSet {
	var got *flag.FlagSet
	recordFlagSet = func(fs *flag.FlagSet) { got = fs }
	defer func() { recordFlagSet = nil }()
	for _, c := range commands() {
		if c.name == name {
			c.run([]string{"-h"}, strings.NewReader(""), io.Discard, io.Discard)
		}
	}
	return got
}
