//go:build race

package meaning_test

// raceEnabled is true when the tests run with the race detector, which
// makes the code several times slower.
const raceEnabled = true
