//go:build !race

package meaning_test

const raceEnabled = false
