//go:build race

package whitepaper

// raceEnabled is true when the tests run with the race detector, which
// makes the code several times slower.
const raceEnabled = true
