package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// The language of a command's messages (its diagnostics and summaries) is
// the one --lang names, the first when it lists several; without --lang,
// the one the environment asks for (LC_ALL, LC_MESSAGES, LANG), so that
// ja_JP.UTF-8 gives Japanese. What a command writes as its output (a page,
// a report) keeps its own default, the document's language.

// words returns the locale of the command's messages.
func (l *limits) words() *locale.Locale {
	if l != nil && l.fs != nil {
		if f := l.fs.Lookup("lang"); f != nil && f.Value.String() != "" {
			first, _, _ := strings.Cut(f.Value.String(), ",")
			if loc, err := locale.Parse(strings.TrimSpace(first)); err == nil {
				return loc
			}
		}
	}
	return locale.FromEnvironment()
}

// printDiagnostics prints diagnostics a line each, in the language of the
// command's messages.
func printDiagnostics(w io.Writer, diags whitepaper.Diagnostics, l *limits) {
	loc := l.words()
	for _, d := range diags {
		fmt.Fprintln(w, textsafe.Terminal(loc.Diagnostic(d)))
	}
}

// summary words validate's count of files: "2 valid, 1 invalid, 1
// warning"; 「有効2件、無効1件、警告1件」.
func summary(loc *locale.Locale, valid, invalid, warnings, unreadable int) string {
	plural := ".other"
	if warnings == 1 {
		plural = ".one"
	}
	s := loc.Message("diag.summary", "valid", fmt.Sprint(valid), "invalid", fmt.Sprint(invalid),
		"warnings", loc.Message("diag.warnings"+plural, "n", fmt.Sprint(warnings)))
	if unreadable > 0 {
		s = loc.Message("diag.summary.unreadable", "summary", s, "n", fmt.Sprint(unreadable))
	}
	return s
}

// langFlag adds --lang to a command whose only words are its messages.
func langFlag(fs *flag.FlagSet) {
	fs.String("lang", "", "`language` of the messages: ja or en\n(default: from LC_ALL, LC_MESSAGES or LANG)")
}

// say prints a message of the command whose flags are fs to w, as
// "whitepaper NAME: message", worded from format and args in the language
// of the command's messages (see words) and made safe for a terminal.
func say(w io.Writer, fs *flag.FlagSet, format string, args ...any) {
	name := ""
	if fs != nil {
		name = fs.Name()
	}
	sayCmd(w, name, &limits{fs: fs}, format, args...)
}

// sayCmd is say for the command cmd ("" for none), whose language of
// messages is l's.
func sayCmd(w io.Writer, cmd string, l *limits, format string, args ...any) {
	name := "whitepaper"
	if cmd != "" {
		name += " " + cmd
	}
	fmt.Fprintln(w, name+": "+textsafe.Terminal(l.words().Sprintf(format, args...)))
}
