package meaning_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/compare"
	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/internal/variants"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// wantImpact is the direction the differ must give a hedge added to a
// fact: every change it makes is a weakening. A scope of some plans
// changes an item's identity (removed for all plans, added for one), so
// it only must not read as stronger alone.
var wantImpact = map[variants.Hedge]diff.Impact{
	variants.Qualifier: diff.Weakened,
	variants.Status:    diff.Weakened,
	variants.Bound:     diff.Weakened,
}

// TestHedgesCarried is the metamorphic test of issue 21: for every place
// the examples state a fact that takes a qualifier, a status, a bound or
// a plan scope (found from the model's field metadata by package
// variants), a variant with that fact hedged must show the hedge in the
// comparison cell in Japanese and English, never answer a plain yes on
// it, and change in the direction of the table.
func TestHedgesCarried(t *testing.T) {
	if testing.Short() {
		t.Skip("every variant of every example")
	}
	seen := map[variants.Hedge]int{}
	// The examples, and the market-sized test document that states every
	// field of the model.
	loaders := map[string]func() (*whitepaper.Document, error){
		"market": func() (*whitepaper.Document, error) { return whitepaper.LoadFile("../whitepaper/testdata/market.yaml") },
	}
	names := []string{"market"}
	for _, name := range examples.Names() {
		loaders[name] = func() (*whitepaper.Document, error) { return examples.Load(name) }
		names = append(names, name)
	}
	for _, name := range names {
		load := loaders[name]
		base, err := load()
		if err != nil {
			t.Fatal(err)
		}
		vs, err := variants.Of(load)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range vs {
			seen[v.Hedge]++
			if raceEnabled && i%8 != 0 {
				continue // the race detector makes every variant slow: a sample
			}
			t.Run(name+"/"+v.Name, func(t *testing.T) {
				for _, loc := range []*locale.Locale{locale.Japanese(), locale.English()} {
					compareCarries(t, v, loc)
				}
				answersNotYes(t, v, locale.English()) // a verdict is the same in every language
				direction(t, base, v)
			})
		}
	}
	for _, h := range []variants.Hedge{variants.Qualifier, variants.Status, variants.Bound, variants.Plans} {
		if seen[h] == 0 {
			t.Errorf("no variant with a hedge of %s: the examples no longer exercise it", h)
		}
	}
}

// hedgeWord is how a comparison cell words the hedge.
func hedgeWord(v variants.Variant, loc *locale.Locale) string {
	n := wording.NewNames(v.Doc)
	switch v.Hedge {
	case variants.Qualifier:
		return wording.Value(reflect.ValueOf(whitepaper.Qualifier(v.Value)), n, loc)
	case variants.Status:
		return wording.Value(reflect.ValueOf(whitepaper.CertificationStatus(v.Value)), n, loc)
	case variants.Plans:
		return wording.Ref(reflect.ValueOf(v.Value), whitepaper.RefPlan, n, loc)
	}
	return wording.Value(variants.Lookup(v.Doc, v.Pointer), n, loc)
}

// compareCarries checks every comparison row the hedged fact appears in.
func compareCarries(t *testing.T, v variants.Variant, loc *locale.Locale) {
	t.Helper()
	tb := compare.Documents([]*whitepaper.Document{v.Doc}, loc)
	want := hedgeWord(v, loc)
	for _, s := range tb.Sections {
		for _, r := range s.Rows {
			rest, ok := under(r.Field, v)
			if !ok || r.Cells[0].State == compare.NotStated {
				continue
			}
			if rest != "" && (strings.Contains(rest, "*") || reflectx.IsZero(variants.Lookup(v.Doc, v.Pointer+rest))) {
				continue // a fact the hedged item does not state
			}
			if c := r.Cells[0]; !strings.Contains(c.Value, want) && !(v.Hedge == variants.Plans && c.State == compare.PlanDependent) {
				t.Errorf("%s: the cell of %s does not carry %q: %s", loc.Tag(), r.Field, want, c.Value)
			}
		}
	}
}

// under reports whether a comparison row's field is the hedged fact or a
// fact of the hedged item, with the rest of its path after the item.
func under(field string, v variants.Variant) (string, bool) {
	switch {
	case field == v.Pattern:
		return "", true
	case field == strings.TrimSuffix(v.Pattern, "/*") && v.Hedge != variants.Bound:
		return "", true // the row of a list of items
	case v.Hedge != variants.Bound && strings.HasPrefix(field, v.Pattern+"/"):
		return strings.TrimPrefix(field, v.Pattern), true
	}
	return "", false
}

// answersNotYes checks that no bundled profile answers a plain yes on a
// fact with a qualifier, a status short of held or a plan scope.
func answersNotYes(t *testing.T, v variants.Variant, loc *locale.Locale) {
	t.Helper()
	if v.Hedge == variants.Bound {
		return // a weaker bound may still meet a question's condition
	}
	for _, p := range check.Profiles() {
		for _, a := range check.Answer(v.Doc, p, loc).Answers {
			for _, e := range a.Evidence {
				if (e.Pointer == v.Pointer || strings.HasPrefix(e.Pointer, v.Pointer+"/")) && e.Verdict == check.Yes {
					t.Errorf("%s %s %s: %s answers yes on a hedged fact: %s", loc.Tag(), p.Name, a.Question.ID, e.Pointer, e.Fact)
				}
			}
		}
	}
}

// direction checks the differ's impact of the hedge, both ways.
func direction(t *testing.T, base *whitepaper.Document, v variants.Variant) {
	t.Helper()
	fwd, err := diff.Compare(base, v.Doc)
	if err != nil {
		t.Fatal(err)
	}
	cs := diff.Classify(fwd)
	if len(cs) == 0 {
		t.Fatalf("no change found")
	}
	want, ok := wantImpact[v.Hedge]
	stronger := 0
	for _, c := range cs {
		if ok && c.Impact != want {
			t.Errorf("%s: %s is %s (%s), want %s", c.Path, c.Rule, c.Impact, c.Field, want)
		}
		if c.Impact == diff.Strengthened {
			stronger++
		}
	}
	if !ok && stronger == len(cs) {
		t.Errorf("limiting to a plan reads only as a strengthening: %+v", cs)
	}
}
