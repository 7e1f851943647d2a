package whitepaper

import "strings"

// closest returns the candidate a misspelled name most likely meant: the
// nearest by edit distance (at most 2, ignoring case), else the only
// candidate that starts with the name or that the name starts with
// ("incidents" for "incidentResponse"), else "".
func closest(name string, candidates []string) string {
	if len(name) > maxSuggestLen || name == "" {
		return ""
	}
	lower := strings.ToLower(name)
	best, bestDist := "", 3
	for _, c := range candidates {
		if dist := editDistance(lower, strings.ToLower(c)); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if best != "" || len(lower) < 4 {
		return best
	}
	var prefixed []string
	for _, c := range candidates {
		lc := strings.ToLower(c)
		if strings.HasPrefix(lc, lower) || strings.HasPrefix(lower, lc) ||
			len(lower) >= 6 && strings.HasPrefix(lc, lower[:len(lower)-1]) {
			prefixed = append(prefixed, c)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	return ""
}
