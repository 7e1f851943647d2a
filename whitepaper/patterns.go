package whitepaper

import (
	"regexp"
	"slices"
	"strings"
)

// The text forms the loader accepts are defined once, as regular
// expressions in the syntax that Go and ECMA-262 (JSON Schema's "pattern")
// share. The parsers match them before anything else, so the JSON Schema
// and the loader accept exactly the same spellings; what a pattern cannot
// say (a calendar date that does not exist, an unknown country code) is
// left to the parser.

func alternatives(words []string) string {
	ws := slices.Clone(words)
	// Longer words first, so that "hours" is not cut to "h".
	slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return "(?:" + strings.Join(ws, "|") + ")"
}

const positive = "[1-9][0-9]*"

var (
	boundAlt = func() string {
		var ws []string
		for _, bw := range boundWords {
			ws = append(ws, bw.words...)
		}
		return alternatives(ws)
	}()
	unitAlt = func() string {
		var ws []string
		for w := range unitAliases {
			ws = append(ws, w)
		}
		slices.Sort(ws)
		return alternatives(ws)
	}()
	isoDuration = "P" + positive + "[DWMY]|PT" + positive + "[HMS]"
	amount      = positive + "(?:[-–~～]" + positive + ")? ?" + unitAlt
	severalAlt  = alternatives(severalWords) + " " + unitAlt

	durationPattern = func() string {
		var kw []string
		for _, k := range kindWords {
			kw = append(kw, k.words...)
		}
		return "^(?:" + alternatives(kw) +
			"|(?:" + boundAlt + " )?(?:" + amount + "|" + isoDuration + "|" + severalAlt + ")" +
			"|" + amount + " after)$"
	}()

	frequencyPattern = func() string {
		var words, adverbs, rate []string
		for w := range frequencyWords {
			words = append(words, w)
		}
		for w := range frequencyAdverbs {
			adverbs = append(adverbs, w)
		}
		for _, bw := range rateBoundWords {
			rate = append(rate, bw.words...)
		}
		slices.Sort(words)
		slices.Sort(adverbs)
		period := "(?:" + amount + "|" + unitAlt + ")"
		times := "(?:once|twice|thrice|" + positive + " times?) (?:" + alternatives(adverbs) + "|(?:every|an?|per) " + period + ")"
		return "^(?:" + alternatives(words) +
			"|(?:" + alternatives(rate) + " )?(?:about )?(?:" + alternatives(adverbs) + "|every " + period + "|" + times + ")" +
			"|every " + severalAlt +
			"|on (?:each |every )?[a-z]+(?:-[a-z]+)*)$"
	}()

	countPattern = func() string {
		var units []string
		for _, u := range CountUnits {
			units = append(units, string(u), singular(u))
		}
		return "^(?:" + boundAlt + " )?(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|0|" + positive + ") " + alternatives(units) + "$"
	}()

	datePattern = `^[1-9][0-9]{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?|/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12][0-9]|3[01]))?)?$`

	percentPattern = `^(?:100(?:\.0{1,9})?|[0-9]{1,2}(?:\.[0-9]{1,9})?)%$`

	// tagPattern matches language tags in canonical form: a lower-case
	// language, an optional title-case script, an optional upper-case or
	// numeric region and optional variants.
	tagPattern = `^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$`

	urlPattern     = `^(?:https?://[^\s/?#@]+(?:[/?#][^\s]*)?|mailto:[^\s]+|tel:[^\s]+)$`
	phonePattern   = `^\+?[0-9](?:[0-9 ()-]*[0-9])?$`
	countryPattern = `^[A-Z]{2}$`
	offsetPattern  = `^[+-](?:0[0-9]|1[0-4]):[0-5][0-9]$`
	idPattern      = `^[a-z0-9]+(?:-[a-z0-9]+)*$`
	placePattern   = `^(?:[A-Z]{2}|EEA|global|etc)$`
	moneyPattern   = `^(?:(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|0|[1-9][0-9]*) [A-Z]{3}|[A-Z]{3} (?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|0|[1-9][0-9]*))$`

	schedulePattern = func() string {
		day := "(?:mon|tue|wed|thu|fri|sat|sun)"
		days := "(?:daily|every day|weekdays|weekends|" + day + "(?:-" + day + ")?(?:," + day + "(?:-" + day + ")?)*)"
		clock := "(?:[01][0-9]|2[0-4]):[0-5][0-9]"
		span := "(?:" + clock + "-" + clock + "|from " + clock + ")"
		times := "(?:24h|" + span + "(?:," + span + ")*)"
		part := "(?:" + days + " )?" + times
		zone := "(?: (?:" + strings.Join(zoneNames, "|") + "|[+-](?:0[0-9]|1[0-4]):[0-5][0-9]))?"
		return "^(?:(?:24x7|24/7|24/365|24x365)|" + part + "(?:; " + part + ")*)" + zone + "(?: excluding holidays)?$"
	}()
)

var (
	durationRE  = regexp.MustCompile(durationPattern)
	frequencyRE = regexp.MustCompile(frequencyPattern)
	countRE     = regexp.MustCompile(countPattern)
	tagRE       = regexp.MustCompile(tagPattern)
	urlRE       = regexp.MustCompile(urlPattern)
	scheduleRE  = regexp.MustCompile(schedulePattern)
	moneyRE     = regexp.MustCompile(moneyPattern)
)

// Patterns maps the name of each type written as a string in documents to
// the regular expression (in the syntax Go and ECMA-262 share) that its
// text forms match. The JSON Schema is generated from it.
func Patterns() map[string]string {
	return map[string]string{
		"Duration":    eitherPattern(durationPattern, jaDurationPattern),
		"Frequency":   eitherPattern(frequencyPattern, jaFrequencyPattern),
		"Count":       eitherPattern(countPattern, jaCountPattern),
		"Date":        eitherPattern(datePattern, jaDatePattern),
		"Percent":     percentPattern,
		"LanguageTag": tagPattern,
		"URL":         urlPattern,
		"Phone":       phonePattern,
		"Country":     countryPattern,
		"UTCOffset":   offsetPattern,
		"ID":          idPattern,
		"Place":       eitherPattern(placePattern, jaPlacePattern),
		"Money":       moneyPattern,
		"Schedule":    eitherPattern(schedulePattern, jaSchedulePattern),
		"Extension":   extensionRE.String(),
	}
}
