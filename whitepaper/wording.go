package whitepaper

import (
	"fmt"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
)

// A Wording is a message before it is formatted: its English format, as
// package fmt reads it, and its arguments. A [Diagnostic] and an error of
// [Errorf] keep theirs, so that a locale (package locale) words the same
// message in its own language from the same parts, finding its wording by
// the English format. An argument may itself be a Wording, an error of
// [Errorf] or a [Word], which a locale words in turn.
type Wording struct {
	Format string
	Args   []any
}

// String returns the message in English; "" for the zero Wording.
func (w Wording) String() string {
	if w.Format == "" {
		return ""
	}
	return fmt.Sprintf(strings.ReplaceAll(w.Format, "%w", "%v"), w.Args...)
}

// A Word is a fixed word of a message, such as "a mapping" or "a
// duration", that a locale translates when it words the message.
type Word string

// Errorf is [fmt.Errorf] for errors whose message a locale can word in
// another language: the error keeps its [Wording], which [WordingOf]
// returns. %w wraps an error as it does for fmt.Errorf.
func Errorf(format string, args ...any) error {
	return &wordedError{w: Wording{Format: format, Args: args}, err: fmt.Errorf(format, args...)}
}

type wordedError struct {
	w   Wording
	err error
}

func (e *wordedError) Error() string    { return e.err.Error() }
func (e *wordedError) Wording() Wording { return e.w }

// Unwrap returns the errors that %w wrapped.
func (e *wordedError) Unwrap() []error {
	switch u := e.err.(type) {
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	case interface{ Unwrap() error }:
		return []error{u.Unwrap()}
	}
	return nil
}

// WordingOf returns the [Wording] of err when err was made by [Errorf]
// (or has a method Wording() Wording), and false for any other error,
// including one that only wraps such an error: its own words would be
// lost.
func WordingOf(err error) (Wording, bool) {
	if w, ok := err.(interface{ Wording() Wording }); ok {
		return w.Wording(), true
	}
	return Wording{}, false
}

// worded returns a Wording of format and args, for a message that is
// part of another one.
func worded(format string, args ...any) Wording { return Wording{Format: format, Args: args} }

// charProblem words the first character of s that is not allowed (see
// textsafe.Check), and reports whether there is one.
func charProblem(s string, prose bool) (Wording, bool) {
	switch kind, r, at := textsafe.Find(s, prose); kind {
	case textsafe.Control:
		return worded("control character %U at byte %d", r, at), true
	case textsafe.Bidi:
		return worded("bidirectional control character %U at byte %d", r, at), true
	case textsafe.Invisible:
		return worded("invisible character %U at byte %d", r, at), true
	}
	return Wording{}, false
}
