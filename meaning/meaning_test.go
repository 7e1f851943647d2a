package meaning

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// partialOrder checks that cmp is a partial order on the values: equal
// to itself, antisymmetric (b against a is the reverse of a against b)
// and transitive (better than better is better; equal to equal is
// equal).
func partialOrder[T any](t *testing.T, name string, values []T, cmp func(a, b T) Order) {
	t.Helper()
	for _, a := range values {
		if o := cmp(a, a); o != Equal {
			t.Errorf("%s: %v against itself is %v, want equal", name, a, o)
		}
	}
	for _, a := range values {
		for _, b := range values {
			ab, ba := cmp(a, b), cmp(b, a)
			if ab != ba.Reverse() {
				t.Errorf("%s: %v against %v is %v but %v against %v is %v", name, a, b, ab, b, a, ba)
			}
			if ab != Better && ab != Equal {
				continue
			}
			for _, c := range values {
				bc := cmp(b, c)
				if bc != Better && bc != Equal {
					continue
				}
				want := Better
				if ab == Equal && bc == Equal {
					want = Equal
				}
				if ac := cmp(a, c); ac != want {
					t.Errorf("%s: %v %v %v and %v %v %v, but %v against %v is %v", name, a, ab, b, b, bc, c, a, c, ac)
				}
			}
		}
	}
}

var directions = []whitepaper.Better{whitepaper.Higher, whitepaper.Lower}

func durations() []whitepaper.Duration {
	var out []whitepaper.Duration
	for _, k := range []whitepaper.DurationKind{whitepaper.Indefinite, whitepaper.Immediate, whitepaper.Prompt, whitepaper.Unspecified, whitepaper.InAdvance} {
		out = append(out, whitepaper.Duration{Kind: k})
	}
	out = append(out, whitepaper.Duration{Kind: whitepaper.Several, Unit: whitepaper.Hour}, whitepaper.Duration{Kind: whitepaper.Several, Bound: whitepaper.AtMost, Unit: whitepaper.Day})
	for _, b := range []whitepaper.Bound{whitepaper.Exactly, whitepaper.AtMost, whitepaper.AtLeast, whitepaper.About, whitepaper.MoreThan, whitepaper.LessThan} {
		for _, n := range []int64{1, 3, 24, 72} {
			for _, u := range []whitepaper.Unit{whitepaper.Hour, whitepaper.Day, whitepaper.BusinessDay} {
				out = append(out, whitepaper.Duration{Bound: b, Amount: n, Unit: u})
			}
		}
	}
	out = append(out, whitepaper.Between(2, 3, whitepaper.Day), whitepaper.Between(1, 72, whitepaper.Hour), whitepaper.For(14, whitepaper.Day), whitepaper.For(2, whitepaper.Week))
	return out
}

func TestDurationsPartialOrder(t *testing.T) {
	for _, dir := range directions {
		partialOrder(t, "durations "+string(dir), durations(), func(a, b whitepaper.Duration) Order { return Durations(a, b, dir) })
	}
}

func TestFrequenciesPartialOrder(t *testing.T) {
	fs := []whitepaper.Frequency{{Kind: whitepaper.Continuous}, {Kind: whitepaper.Periodic}, {Kind: whitepaper.PerRelease}, {Kind: whitepaper.AsNeeded},
		{Every: whitepaper.Duration{Kind: whitepaper.Several, Unit: whitepaper.Hour}}}
	for _, n := range []int64{1, 6, 24} {
		for _, u := range []whitepaper.Unit{whitepaper.Hour, whitepaper.Day, whitepaper.Month} {
			fs = append(fs, whitepaper.Frequency{Every: whitepaper.For(n, u)}, whitepaper.Frequency{Every: whitepaper.Duration{Bound: whitepaper.About, Amount: n, Unit: u}})
		}
	}
	for _, s := range []string{"at least yearly", "at least monthly", "at most monthly", "more than yearly", "less than weekly",
		"twice a day", "3 times a month", "at most 3 times a month", "at least twice a year", "on upload", "on login", "ongoing"} {
		f, err := whitepaper.ParseFrequency(s)
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, f)
	}
	for _, dir := range directions {
		partialOrder(t, "frequencies "+string(dir), fs, func(a, b whitepaper.Frequency) Order { return Frequencies(a, b, dir) })
	}
}

func TestCountsPartialOrder(t *testing.T) {
	var cs []whitepaper.Count
	for _, b := range []whitepaper.Bound{whitepaper.Exactly, whitepaper.AtMost, whitepaper.AtLeast, whitepaper.About, whitepaper.MoreThan, whitepaper.LessThan} {
		for _, n := range []int64{1, 2, 7, 30} {
			cs = append(cs, whitepaper.Count{Bound: b, Value: n, Unit: whitepaper.Generations}, whitepaper.Count{Bound: b, Value: n, Unit: whitepaper.Sites})
		}
	}
	for _, dir := range directions {
		partialOrder(t, "counts "+string(dir), cs, func(a, b whitepaper.Count) Order { return Counts(a, b, dir) })
	}
}

func TestPercentsTLSBoolsPartialOrder(t *testing.T) {
	var ps []whitepaper.Percent
	for _, s := range []string{"99%", "99.9%", "99.90%", "99.95%", "100%"} {
		p, err := whitepaper.ParsePercent(s)
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	vs := []whitepaper.TLSVersion{whitepaper.TLS10, whitepaper.TLS11, whitepaper.TLS12, whitepaper.TLS13, "x-ssl3", "x-tls-1-4"}
	for _, dir := range directions {
		partialOrder(t, "percents", ps, func(a, b whitepaper.Percent) Order { return Percents(a, b, dir) })
		partialOrder(t, "TLS versions", vs, func(a, b whitepaper.TLSVersion) Order { return TLSVersions(a, b, dir) })
	}
	for _, dir := range []whitepaper.Better{whitepaper.True, whitepaper.False} {
		partialOrder(t, "yes/no", []bool{true, false}, func(a, b bool) Order { return Bools(a, b, dir) })
	}
}

func TestStatusesQualifiersCommitmentsPartialOrder(t *testing.T) {
	partialOrder(t, "statuses", []Status{Held, Planned, Suspended, Expired, Withdrawn, NotHeld, "x-lapsed"}, Statuses)
	qs := append([]whitepaper.Qualifier{""}, whitepaper.Qualifier("").Values()...)
	partialOrder(t, "qualifiers", append(qs, "x-mostly"), Qualifiers)
	cs := append([]whitepaper.Commitment{""}, whitepaper.Commitment("").Values()...)
	partialOrder(t, "commitments", append(cs, "x-promise"), Commitments)
	as := append([]whitepaper.Anchor{""}, whitepaper.Anchor("").Values()...)
	partialOrder(t, "anchors", append(as, "x-report"), Anchors)
}

func TestMethodsAndSetsPartialOrder(t *testing.T) {
	var ms []reflect.Value
	for _, m := range whitepaper.ProtectionMethod("").Values() {
		ms = append(ms, reflect.ValueOf(m))
	}
	ms = append(ms, reflect.ValueOf(whitepaper.ProtectionMethod("x-sealed")))
	partialOrder(t, "methods", ms, Methods)
	var sets []reflect.Value
	for _, s := range [][]whitepaper.NoticeContent{{}, {"cause"}, {"impact"}, {"cause", "impact"}, {"impact", "cause"}, {"cause", "impact", "x-other"}} {
		sets = append(sets, reflect.ValueOf(s))
	}
	for _, more := range []whitepaper.More{whitepaper.MoreBetter, whitepaper.MoreWorse} {
		partialOrder(t, "sets "+string(more), sets, func(a, b reflect.Value) Order { return Sets(a, b, more) })
	}
}

// TestFactsPartialOrder checks the join of value, qualifier, status,
// commitment and scope over every combination.
func TestFactsPartialOrder(t *testing.T) {
	f, _ := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Notification](), "deadline")
	var facts []Fact
	for _, d := range []whitepaper.Duration{whitepaper.Within(24, whitepaper.Hour), whitepaper.Within(72, whitepaper.Hour), {Kind: whitepaper.Prompt}} {
		for _, q := range []whitepaper.Qualifier{"", whitepaper.Planned, whitepaper.InPrinciple} {
			for _, c := range []whitepaper.Commitment{"", whitepaper.Guaranteed, whitepaper.Target} {
				for _, p := range [][]string{nil, {"pro"}, {"basic"}} {
					facts = append(facts, Fact{Field: f, Value: reflect.ValueOf(d), Qualifier: q, Commitment: c, Plans: p, Status: Held})
				}
			}
		}
	}
	partialOrder(t, "facts", facts, Fact.Compare)
}

func (f Fact) String() string {
	return fmt.Sprintf("%v/%s/%s/%s/%v", f.Value, f.Qualifier, f.Status, f.Commitment, f.Plans)
}

// TestVagueAndExtensionsIncomparableWithNumbers is the rule the issue
// names: a vague value or an extension value never ranks against a number.
func TestVagueAndExtensionsIncomparableWithNumbers(t *testing.T) {
	for _, v := range durations() {
		if !vagueDuration(v) {
			continue
		}
		for _, n := range durations() {
			if n.Kind != whitepaper.Finite {
				continue
			}
			for _, dir := range directions {
				if o := Durations(v, n, dir); o != Incomparable {
					t.Errorf("%v against %v (%s) is %v, want incomparable", v, n, dir, o)
				}
			}
		}
	}
	for _, v := range []whitepaper.TLSVersion{whitepaper.TLS10, whitepaper.TLS13} {
		if o := TLSVersions("x-ssl3", v, whitepaper.Higher); o != Incomparable {
			t.Errorf("x-ssl3 against %s is %v, want incomparable", v, o)
		}
	}
}

// TestIssueCases reproduces each comparison issue 21 names.
func TestIssueCases(t *testing.T) {
	d := func(s string) whitepaper.Duration {
		v, err := whitepaper.ParseDuration(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	c := func(s string) whitepaper.Count {
		v, err := whitepaper.ParseCount(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	freq := func(s string) whitepaper.Frequency {
		v, err := whitepaper.ParseFrequency(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	lower, higher := whitepaper.Lower, whitepaper.Higher
	tests := []struct {
		name string
		got  Order
		want Order
	}{
		{"promptly against within 24 hours (deadline)", Durations(d("promptly"), d("within 24 hours"), lower), Incomparable},
		{"promptly against immediately (deadline)", Durations(d("promptly"), d("immediately"), lower), Worse},
		{"a few hours against within 4 hours (deadline)", Durations(d("a few hours"), d("within 4 hours"), lower), Incomparable},
		{"within 24 hours against within 72 hours (deadline)", Durations(d("within 24 hours"), d("within 72 hours"), lower), Better},
		{"within 72 hours against at least 72 hours (deadline)", Durations(d("within 72 hours"), d("at least 72 hours"), lower), Better},
		{"within 30 days against at least 30 days (retention)", Durations(d("within 30 days"), d("at least 30 days"), higher), Worse},
		{"up to 7 against at least 7 generations", Counts(c("up to 7 generations"), c("at least 7 generations"), higher), Worse},
		{"periodically against daily", Frequencies(freq("periodically"), freq("daily"), lower), Incomparable},
		{"daily against weekly", Frequencies(freq("daily"), freq("weekly"), lower), Better},
		{"at least monthly against yearly", Frequencies(freq("at least monthly"), freq("yearly"), lower), Better},
		{"at least yearly against yearly (the same guarantee)", Frequencies(freq("at least yearly"), freq("yearly"), lower), Incomparable},
		{"at least yearly against every 2 years", Frequencies(freq("at least yearly"), freq("every 2 years"), lower), Better},
		{"at most monthly against yearly (guarantees none)", Frequencies(freq("at most monthly"), freq("yearly"), lower), Worse},
		{"at most monthly against at least monthly", Frequencies(freq("at most monthly"), freq("at least monthly"), lower), Worse},
		{"twice a day against daily", Frequencies(freq("twice a day"), freq("daily"), lower), Better},
		{"1日2回 against twice daily", Frequencies(freq("1日2回"), freq("twice daily"), lower), Equal},
		{"3 times a month against weekly", Frequencies(freq("3 times a month"), freq("weekly"), lower), Worse},
		{"continuous against twice a day", Frequencies(freq("continuous"), freq("twice a day"), lower), Better},
		{"on upload against daily", Frequencies(freq("on upload"), freq("daily"), lower), Incomparable},
		{"on upload against continuous", Frequencies(freq("on upload"), freq("continuous"), lower), Incomparable},
		{"on upload against アップロード時", Frequencies(freq("on upload"), freq("アップロード時"), lower), Equal},
		{"ongoing against yearly", Frequencies(freq("ongoing"), freq("yearly"), lower), Incomparable},
		{"ongoing against continuous", Frequencies(freq("ongoing"), freq("continuous"), lower), Incomparable},
		{"x-ssl3 against 1.2", TLSVersions("x-ssl3", whitepaper.TLS12, higher), Incomparable},
		{"1.3 against 1.2", TLSVersions(whitepaper.TLS13, whitepaper.TLS12, higher), Better},
		{"target against guaranteed", Commitments(whitepaper.Target, whitepaper.Guaranteed), Worse},
		{"expired against held", Statuses(StatusOf(whitepaper.Expired), Held), Worse},
		{"none against encrypted", Methods(reflect.ValueOf(whitepaper.ProtectionNone), reflect.ValueOf(whitepaper.Encrypted)), Worse},
		{"planned against unqualified", Qualifiers(whitepaper.Planned, ""), Worse},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestMeets(t *testing.T) {
	d := func(s string) reflect.Value {
		v, err := whitepaper.ParseDuration(s)
		if err != nil {
			t.Fatal(err)
		}
		return reflect.ValueOf(v)
	}
	tests := []struct {
		value, threshold string
		atMost, met, ok  bool
	}{
		{"promptly", "24 hours", true, false, false},
		{"a few hours", "24 hours", true, false, false},
		{"within 12 hours", "24 hours", true, true, true},
		{"within 24 hours", "within 24 hours", true, true, true},
		{"at least 12 hours", "24 hours", true, false, true},
		{"immediately", "1 hour", true, true, true},
		{"within 30 days", "30 days", false, false, true},
		{"at least 30 days", "30 days", false, true, true},
		{"indefinitely", "30 days", false, true, true},
		{"less than 1 hour", "1 hour", true, true, true},
	}
	for _, tt := range tests {
		met, ok := Meets(d(tt.value), d(tt.threshold), tt.atMost)
		if met != tt.met || ok != tt.ok {
			t.Errorf("%s against %s (at most %v): got %v %v, want %v %v", tt.value, tt.threshold, tt.atMost, met, ok, tt.met, tt.ok)
		}
	}
	if _, ok := Meets(reflect.ValueOf(whitepaper.TLSVersion("x-ssl3")), reflect.ValueOf(whitepaper.TLS12), false); ok {
		t.Error("an extension TLS version meets or misses 1.2")
	}
}

func TestExtensionsPartialOrder(t *testing.T) {
	ra := Ranks{"tls-version": {
		"x-ssl3":    {Vocabulary: "tls-version", Value: "x-ssl3", Below: "1.0"},
		"x-tls-1-4": {Vocabulary: "tls-version", Value: "x-tls-1-4", Above: "1.3"},
		"x-tls-12b": {Vocabulary: "tls-version", Value: "x-tls-12b", Above: "1.2"},
		"x-tls-11b": {Vocabulary: "tls-version", Value: "x-tls-11b", Below: "1.2"},
	}}
	vs := []whitepaper.TLSVersion{whitepaper.TLS10, whitepaper.TLS11, whitepaper.TLS12, whitepaper.TLS13, "x-ssl3", "x-tls-1-4", "x-tls-12b", "x-tls-11b", "x-unranked"}
	typ := reflect.TypeFor[whitepaper.TLSVersion]()
	for _, dir := range directions {
		partialOrder(t, "ranked TLS versions "+string(dir), vs, func(a, b whitepaper.TLSVersion) Order {
			if o, ok := Extensions(typ, string(a), ra, string(b), ra, dir); ok {
				return o
			}
			return TLSVersions(a, b, dir)
		})
	}
	cases := []struct {
		a, b whitepaper.TLSVersion
		want Order
	}{
		{"x-ssl3", whitepaper.TLS12, Worse},
		{"x-tls-1-4", whitepaper.TLS13, Better},
		{"x-tls-12b", whitepaper.TLS13, Incomparable},
		{"x-tls-12b", "x-tls-11b", Better},
		{"x-unranked", whitepaper.TLS10, Incomparable},
	}
	for _, c := range cases {
		if o, _ := Extensions(typ, string(c.a), ra, string(c.b), ra, whitepaper.Higher); o != c.want {
			t.Errorf("%s against %s: %v, want %v", c.a, c.b, o, c.want)
		}
	}
}

// TestQuotaIsAnAllowance checks that a quota the customer may use is
// compared by what it grants: "at most once a year" on an audit by the
// customer grants yearly, while on a vendor's own activity it
// guarantees nothing.
func TestQuotaIsAnAllowance(t *testing.T) {
	freq := func(s string) reflect.Value {
		v, err := whitepaper.ParseFrequency(s)
		if err != nil {
			t.Fatal(err)
		}
		return reflect.ValueOf(v)
	}
	audit := whitepaper.Promise{Topic: whitepaper.TopicCustomerAudit, Frequency: freq("at most once a year").Interface().(whitepaper.Frequency)}
	f, _, ok := audit.Value()
	if !ok || !f.Allowance {
		t.Fatalf("a customer audit's frequency is an allowance: %+v", f)
	}
	vendor := whitepaper.Promise{Topic: whitepaper.TopicInternalAudit, Frequency: audit.Frequency}
	g, _, _ := vendor.Value()
	tests := []struct {
		name string
		got  Order
		want Order
	}{
		{"allowance: at most 3 times a month against monthly", Compare(f, freq("at most 3 times a month"), freq("monthly")), Better},
		{"allowance: at most yearly against at most 3 times a month", Compare(f, freq("at most yearly"), freq("at most 3 times a month")), Worse},
		{"allowance: at most yearly against yearly (the same grant)", Compare(f, freq("at most yearly"), freq("yearly")), Equal},
		{"ceiling: at most 3 times a month against monthly", Compare(g, freq("at most 3 times a month"), freq("monthly")), Worse},
		{"ceiling: at most yearly against at most 3 times a month", Compare(g, freq("at most yearly"), freq("at most 3 times a month")), Incomparable},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
