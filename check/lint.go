package check

import (
	"cmp"
	"encoding"
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/openwhitepaper/whitepaper/meaning"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"go.yaml.in/yaml/v3"
)

// Severity is how serious a lint finding is.
type Severity string

// The severities, and None, which turns a rule off.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
	SeverityNone    Severity = "none"
)

// Rule is a posture rule. Its message and rationale are in the locale
// catalog under lint.ID.message and lint.ID.rationale.
type Rule struct {
	// ID is the rule's stable identifier, such as "tls-min-version-low".
	ID string `json:"id"`
	// Severity is the default severity.
	Severity Severity `json:"severity"`
	check    func(doc *whitepaper.Document, report func(path string, args ...string))
}

// Finding is one rule's finding on a document.
type Finding struct {
	// Rule is the ID of the rule.
	Rule string `json:"rule"`
	// Severity is the rule's severity after configuration.
	Severity Severity `json:"severity"`
	// Path is the JSON Pointer of the value concerned.
	Path string `json:"path"`
	// Pos is where that value is in the file, when known.
	Pos whitepaper.Pos `json:"pos,omitzero"`
	// Args are the message's arguments, as name, value pairs.
	Args []string `json:"-"`
	// Message is the finding worded by [Word].
	Message string `json:"message,omitempty"`

	labels map[string]whitepaper.Text // the labels of the document's extension values
}

// Rules returns every rule, sorted by ID.
func Rules() []Rule {
	out := slices.Clone(rules)
	slices.SortFunc(out, func(a, b Rule) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// Config sets the severity of rules by ID; SeverityNone turns a rule off.
type Config map[string]Severity

// ParseConfig reads a configuration file:
//
//	rules:
//	  status-page-missing: none
//	  http-link: error
func ParseConfig(data []byte) (Config, error) {
	var f struct {
		Rules map[string]Severity `yaml:"rules"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, whitepaper.Errorf("lint configuration: %v", err)
	}
	for id, sev := range f.Rules {
		if !slices.ContainsFunc(rules, func(r Rule) bool { return r.ID == id }) {
			return nil, whitepaper.Errorf("lint configuration: unknown rule %q", id)
		}
		switch sev {
		case SeverityError, SeverityWarning, SeverityInfo, SeverityNone:
		default:
			return nil, whitepaper.Errorf("lint configuration: rule %s: unknown severity %q (want error, warning, info or none)", id, sev)
		}
	}
	return Config(f.Rules), nil
}

// Lint applies every rule that the configuration does not turn off. The
// findings are sorted by position in the file (or path), then rule; their
// messages are worded in English, and [Word] words them in another
// language.
func Lint(doc *whitepaper.Document, cfg Config) []Finding {
	if doc == nil {
		return nil
	}
	var out []Finding
	labels := map[string]whitepaper.Text{}
	for _, e := range doc.Extensions {
		labels[e.Value] = e.Label
	}
	for _, r := range Rules() {
		sev := r.Severity
		if s, ok := cfg[r.ID]; ok {
			sev = s
		}
		if sev == SeverityNone {
			continue
		}
		r.check(doc, func(path string, args ...string) {
			out = append(out, Finding{Rule: r.ID, Severity: sev, Path: path, Pos: doc.Pos(path), Args: args, labels: labels})
		})
	}
	slices.SortStableFunc(out, func(a, b Finding) int {
		if c := cmp.Compare(a.Pos.Line, b.Pos.Line); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Pos.Column, b.Pos.Column); c != 0 {
			return c
		}
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	Word(out, nil)
	return out
}

var rules = []Rule{
	{ID: "tls-min-version-low", Severity: SeverityError, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Cryptography == nil {
			return
		}
		for i, p := range doc.Cryptography.InTransit {
			if p.Protocol == whitepaper.ProtocolTLS && p.MinVersion != "" && meaning.TLSVersions(p.MinVersion, whitepaper.TLS12, whitepaper.Higher) == meaning.Worse {
				report(fmt.Sprintf("/cryptography/inTransit/%d/minVersion", i), "version", string(p.MinVersion))
			}
		}
	}},
	{ID: "tls-min-version-missing", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Cryptography == nil || len(doc.Cryptography.InTransit) == 0 {
			report("/cryptography")
			return
		}
		for _, p := range doc.Cryptography.InTransit {
			if p.MinVersion != "" {
				return
			}
		}
		report("/cryptography/inTransit")
	}},
	{ID: "incident-deadline-missing", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.IncidentResponse == nil || doc.IncidentResponse.Notification == nil {
			report("/incidentResponse")
			return
		}
		if doc.IncidentResponse.Notification.Deadline.IsZero() {
			report("/incidentResponse/notification")
		}
	}},
	{ID: "incident-deadline-long", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.IncidentResponse == nil || doc.IncidentResponse.Notification == nil {
			return
		}
		d := doc.IncidentResponse.Notification.Deadline
		limit, _ := whitepaper.ParseDuration("72 hours")
		// "at least 72 hours" is longer too; a vague deadline is deadline-vague.
		if met, ok := meaning.Meets(reflect.ValueOf(d), reflect.ValueOf(limit), true); !d.IsZero() && ok && !met {
			report("/incidentResponse/notification/deadline", "deadline", d.String())
		}
	}},
	{ID: "deadline-vague", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.IncidentResponse != nil && doc.IncidentResponse.Notification != nil && vague(doc.IncidentResponse.Notification.Deadline) {
			report("/incidentResponse/notification/deadline", "deadline", doc.IncidentResponse.Notification.Deadline.String())
		}
		if doc.Vulnerabilities != nil {
			for i, p := range doc.Vulnerabilities.Patching {
				if vague(p.Within) {
					report(fmt.Sprintf("/vulnerabilities/patching/%d/within", i), "deadline", p.Within.String())
				}
			}
		}
	}},
	{ID: "protection-none", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Cryptography == nil {
			return
		}
		for i, p := range doc.Cryptography.AtRest {
			if p.Method == whitepaper.ProtectionNone {
				report(fmt.Sprintf("/cryptography/atRest/%d/method", i), "data", string(p.Data))
			}
		}
	}},
	{ID: "certification-not-in-force", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Certifications == nil {
			return
		}
		for i, c := range doc.Certifications.Certifications {
			switch c.Status {
			case whitepaper.Expired, whitepaper.Withdrawn, whitepaper.Suspended:
				report(fmt.Sprintf("/certifications/certifications/%d/status", i), "standard", string(c.Standard), "status", string(c.Status))
			}
		}
	}},
	{ID: "extension-unranked", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		ranks := meaning.RanksOf(doc)
		walkStrings(reflect.ValueOf(doc).Elem(), "", func(path string, v reflect.Value) {
			voc, ok := whitepaper.VocabularyOf(v.Type())
			if ok && meaning.Ranked(v.Type()) && whitepaper.IsExtension(v.String()) && ranks[voc.Name][v.String()].Value == "" {
				report(path, "value", v.String())
			}
		})
	}},
	{ID: "backup-unspecified", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Backup == nil {
			return
		}
		for i, s := range doc.Backup.Sets {
			if s.Frequency.IsZero() && s.Retention.IsZero() && s.Generations.IsZero() {
				report(fmt.Sprintf("/backup/sets/%d", i), "data", string(s.Data))
			}
		}
	}},
	{ID: "subprocessor-country-missing", Severity: SeverityInfo, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Subprocessors == nil {
			return
		}
		for i, s := range doc.Subprocessors.Services {
			if len(s.Countries) == 0 {
				report(fmt.Sprintf("/subprocessors/services/%d", i), "name", s.Name)
			}
		}
	}},
	{ID: "subprocessor-data-missing", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Subprocessors == nil {
			return
		}
		for i, s := range doc.Subprocessors.Services {
			if len(s.Data) == 0 {
				report(fmt.Sprintf("/subprocessors/services/%d", i), "name", s.Name)
			}
		}
	}},
	{ID: "certification-registry-missing", Severity: SeverityInfo, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Certifications == nil {
			return
		}
		for i, c := range doc.Certifications.Certifications {
			if c.Registry == "" && held(c) {
				report(fmt.Sprintf("/certifications/certifications/%d", i), "standard", string(c.Standard))
			}
		}
	}},
	{ID: "certification-date-missing", Severity: SeverityInfo, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Certifications == nil {
			return
		}
		for i, c := range doc.Certifications.Certifications {
			if c.Issued.IsZero() && c.Expires.IsZero() && c.StatementOfApplicability == nil && c.AuditPeriod == nil && held(c) {
				report(fmt.Sprintf("/certifications/certifications/%d", i), "standard", string(c.Standard))
			}
		}
	}},
	{ID: "revision-version-mismatch", Severity: SeverityError, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if n := len(doc.Revisions); n > 0 && doc.Version != "" && doc.Revisions[n-1].Version != doc.Version {
			report(fmt.Sprintf("/revisions/%d/version", n-1), "revision", doc.Revisions[n-1].Version, "version", doc.Version)
		}
	}},
	{ID: "http-link", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		walkStrings(reflect.ValueOf(doc).Elem(), "", func(path string, v reflect.Value) {
			if v.Type() == urlType && strings.HasPrefix(v.String(), "http://") {
				report(path, "url", v.String())
			}
		})
	}},
	{ID: "extension-value", Severity: SeverityInfo, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		walkStrings(reflect.ValueOf(doc).Elem(), "", func(path string, v reflect.Value) {
			if voc, ok := whitepaper.VocabularyOf(v.Type()); ok && whitepaper.IsExtension(v.String()) {
				report(path, "value", v.String(), "vocabulary", voc.Name)
			}
		})
	}},
	{ID: "url-mixed-script-host", Severity: SeverityWarning, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		walkURLs(reflect.ValueOf(doc).Elem(), "", func(path string, u whitepaper.URL) {
			p, err := url.Parse(string(u))
			if err != nil {
				return
			}
			if host := p.Hostname(); mixedScript(host) {
				report(path, "url", string(u), "host", host)
			}
		})
	}},
	{ID: "privacy-policy-missing", Severity: SeverityInfo, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Privacy != nil {
			for _, p := range doc.Privacy.Policies {
				if p.URL != "" {
					return
				}
			}
		}
		report("/privacy")
	}},
	{ID: "status-page-missing", Severity: SeverityInfo, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		if doc.Availability != nil && doc.Availability.StatusPage != "" {
			return
		}
		if doc.IncidentResponse != nil {
			for _, c := range doc.IncidentResponse.Updates {
				if c.Kind == whitepaper.ChannelStatusPage && c.URL != "" {
					return
				}
			}
		}
		report("/availability")
	}},
	{ID: "promise-has-field", Severity: SeverityInfo, check: func(doc *whitepaper.Document, report func(string, ...string)) {
		dv := reflect.ValueOf(doc).Elem()
		for _, f := range whitepaper.Fields(dv.Type()) {
			fv := dv.FieldByIndex(f.Index)
			if fv.Kind() != reflect.Pointer || fv.IsNil() {
				continue
			}
			s, ok := fv.Interface().(whitepaper.Section)
			if !ok {
				continue
			}
			for i, p := range s.SectionNotes().Promises {
				if field, ok := promiseFields[p.Topic]; ok {
					report(fmt.Sprintf("/%s/promises/%d/topic", f.Name, i), "topic", string(p.Topic), "field", field)
				}
			}
		}
	}},
}

// promiseFields are the promise topics that a dedicated field now
// states, with that field: a fact stated as a promise there too would be
// stated twice, and only the field carries its details.
var promiseFields = map[whitepaper.PromiseTopic]string{
	whitepaper.TopicObjectionWindow:    "/subprocessors/changeNotice/objectionWindow",
	whitepaper.TopicCustomerAudit:      "/contract/customerAudits",
	whitepaper.TopicOutageNotice:       "/availability/outageNotice",
	whitepaper.TopicEndOfServiceNotice: "/changeManagement/notices (change: end-of-service)",
}

var (
	urlType       = reflect.TypeFor[whitepaper.URL]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// vague reports whether a deadline is stated without an amount of time:
// promptly, a few hours, a fixed period, in advance.
func vague(d whitepaper.Duration) bool {
	return !d.IsZero() && (!d.Quantified() || d.Kind == whitepaper.Several)
}

// held reports whether a certification is stated as held: a registry
// link or a date is asked only of those.
func held(c whitepaper.Certification) bool {
	return c.Status == "" || c.Status == whitepaper.Certified || c.Status == whitepaper.Suspended
}

// mixedScript reports whether the letters of a host name come from
// scripts that do not belong together, as in a homograph such as
// "pаypal.com" with a Cyrillic "а". Following the "highly restrictive"
// level of Unicode's UTS #39, one script is fine, and so are Latin with
// Han and the Japanese kana, with Han and Bopomofo, or with Han and Hangul.
// Punycode labels are decoded first.
func mixedScript(host string) bool {
	seen := map[string]bool{}
	for _, r := range unicodeHost(host) {
		if r < 0x80 && !unicode.IsLetter(r) {
			continue
		}
		for name, table := range unicode.Scripts {
			if name != "Common" && name != "Inherited" && unicode.Is(table, r) {
				seen[name] = true
			}
		}
	}
	if len(seen) <= 1 {
		return false
	}
	for _, allowed := range [][]string{
		{"Latin", "Han", "Hiragana", "Katakana"},
		{"Latin", "Han", "Bopomofo"},
		{"Latin", "Han", "Hangul"},
	} {
		ok := true
		for s := range seen {
			ok = ok && slices.Contains(allowed, s)
		}
		if ok {
			return false
		}
	}
	return true
}

// walkURLs calls f with the JSON Pointer of every URL in the document.
func walkURLs(v reflect.Value, path string, f func(string, whitepaper.URL)) {
	walkStrings(v, path, func(p string, s reflect.Value) {
		if s.Type() == urlType {
			f(p, whitepaper.URL(s.String()))
		}
	})
}

// walkStrings calls f with the JSON Pointer of every non-empty string
// value in the document: URLs, IDs, vocabulary values.
func walkStrings(v reflect.Value, path string, f func(string, reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, f)
		}
	case reflect.Struct:
		if v.Type().Implements(textMarshaler) {
			return // a value written as text, such as a Duration
		}
		for _, fl := range whitepaper.Fields(v.Type()) {
			walkStrings(v.FieldByIndex(fl.Index), path+"/"+fl.Name, f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkStrings(v.Index(i), fmt.Sprintf("%s/%d", path, i), f)
		}
	case reflect.String:
		if v.Len() > 0 {
			f(path, v)
		}
	}
}
