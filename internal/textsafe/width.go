package textsafe

import "golang.org/x/text/width"

// Width is how many columns s takes in a terminal or a spreadsheet's
// cell, where an East Asian wide or full-width character takes two.
func Width(s string) int {
	w := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w += 2
		default:
			w++
		}
	}
	return w
}
