package diff

import (
	"bytes"
	"encoding"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// sampleTexts are text forms tried, in order, for a value type written as
// a string (a Duration, a URL, …): the first one its UnmarshalText accepts
// gives the sample value.
var sampleTexts = []string{"within 72 hours", "7 generations", "daily", "2024-01-02", "99.9%",
	"https://example.com/a", "privacy@example.com", "03-1234-5678", "JP", "+09:00", "1.2", "100000000 JPY",
	"weekdays 09:00-18:00 JST", "x"}

// sample builds a value of type t with every field stated, so that
// wording it goes through every branch a document can reach.
func sample(t *testing.T, typ reflect.Type, depth int) reflect.Value {
	v := reflect.New(typ).Elem()
	if depth > 12 {
		return v
	}
	if m := v.MethodByName("Values"); m.IsValid() && typ.Kind() == reflect.String {
		vals := m.Call(nil)[0]
		require.Positive(t, vals.Len(), "%s has no values", typ)
		v.Set(vals.Index(0))
		return v
	}
	if reflect.PointerTo(typ).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) && typ != reflect.TypeFor[language.Tag]() {
		for _, s := range sampleTexts {
			if v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)) == nil {
				return v
			}
		}
		t.Fatalf("no sample text fits %s: add one to sampleTexts", typ)
	}
	switch {
	case typ == reflect.TypeFor[language.Tag]():
		v.Set(reflect.ValueOf(language.Japanese))
		return v
	case typ == reflect.TypeFor[whitepaper.Text]():
		v.Set(reflect.ValueOf(whitepaper.Text{language.Japanese: "テキスト", language.English: "text"}))
		return v
	}
	switch typ.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(sample(t, typ.Elem(), depth+1).Addr())
	case reflect.Slice:
		s := reflect.MakeSlice(typ, 1, 1)
		s.Index(0).Set(sample(t, typ.Elem(), depth+1))
		v.Set(s)
	case reflect.Struct:
		for i := range typ.NumField() {
			if typ.Field(i).IsExported() {
				v.Field(i).Set(sample(t, typ.Field(i).Type, depth+1))
			}
		}
	default:
		t.Fatalf("the test cannot build a %s: teach sample its kind", typ)
	}
	return v
}

// goFormatting matches what fmt's %v makes of values that have no wording:
// memory addresses, struct and map literals, verb errors.
var goFormatting = regexp.MustCompile(`0x[0-9a-f]{6,}|&\{|^\{|map\[|%!|\{[^{}]*\s[^{}]*\}`)

// TestEveryValueIsWorded walks every field type of the model and words a
// stated value of it in each locale: none may fall back on Go's
// formatting. Then it words every change from an empty document to a
// fully stated one, which covers the records compared as a whole.
func TestEveryValueIsWorded(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(typ reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if seen[typ] || typ.Kind() != reflect.Struct || typ.PkgPath() != reflect.TypeFor[whitepaper.Document]().PkgPath() {
			return
		}
		seen[typ] = true
		if reflect.PointerTo(typ).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
			return
		}
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				continue
			}
			v := sample(t, f.Type, 0)
			for _, loc := range locale.All() {
				s, ok := wording.Word(v, nil, loc)
				assert.True(t, ok, "%s.%s (%s): worded with Go's formatting: %q", typ.Name(), f.Name, f.Type, s)
				assert.NotRegexp(t, goFormatting, s, "%s.%s (%s)", typ.Name(), f.Name, f.Type)
				assert.NotEmpty(t, s, "%s.%s (%s)", typ.Name(), f.Name, f.Type)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
	require.Greater(t, len(seen), 20, "the walk reached the model")

	full := sample(t, reflect.TypeFor[whitepaper.Document](), 0).Addr().Interface().(*whitepaper.Document)
	cs, err := Compare(&whitepaper.Document{}, full)
	require.NoError(t, err)
	require.NotEmpty(t, cs)
	for _, loc := range locale.All() {
		for _, e := range Explain(Classify(cs), loc) {
			assert.NotRegexp(t, goFormatting, e.Message, "%s: %s", e.PathText, e.Message)
			assert.NotRegexp(t, goFormatting, e.Old+e.New, "%s", e.PathText)
			assert.NotContains(t, e.Message, "[field.", "%s: a label is missing", e.PathText)
		}
	}
}

// TestRecordsAreWorded checks the two facts the issue found worded as Go
// heap addresses: a record stated where there was none.
func TestRecordsAreWorded(t *testing.T) {
	const base = "openwhitepaper: \"1\"\nlanguages: [en]\ndefaultLanguage: en\ntitle: {en: T}\nversion: \"2\"\nvendor: {id: acme, name: {en: Acme}}\nservices: [{id: app, name: {en: App}}]\n"
	old, err := whitepaper.Parse([]byte(base + "dataUse: {thirdPartyDisclosure: false}\ndataDeletion: {certificate: true}\n"))
	require.NoError(t, err)
	new, err := whitepaper.Parse([]byte(base + "dataUse: {thirdPartyDisclosure: false, lawEnforcement: {notifyCustomer: true}}\ndataDeletion: {certificate: true, export: {selfService: true}}\n"))
	require.NoError(t, err)
	cs, err := Compare(old, new)
	require.NoError(t, err)
	var msgs []string
	for _, e := range Explain(Classify(cs), locale.For(language.English)) {
		msgs = append(msgs, e.Message)
	}
	assert.Len(t, msgs, 2)
	for _, m := range msgs {
		assert.NotRegexp(t, goFormatting, m)
	}
	assert.Contains(t, msgs, "Requests from authorities: now stated: "+
		strings.TrimSuffix(locale.For(language.English).Message("fact.LawEnforcement.notifyCustomer.true"), "."),
		"a yes/no fact in a record is worded as the page's statement")
}

// TestMessagesNameTheirSubject: a change inside an item of a list names
// the item; one value for another is "from X to Y"; countries and yes/no
// facts are worded in the reader's terms.
func TestMessagesNameTheirSubject(t *testing.T) {
	old, new := seculio(t), seculio(t)
	sendgrid := func(d *whitepaper.Document) *whitepaper.Subprocessor {
		i := slices.IndexFunc(d.Subprocessors.Services, func(s whitepaper.Subprocessor) bool { return s.Name == "SendGrid" })
		return &d.Subprocessors.Services[i]
	}
	sendgrid(old).Countries = []whitepaper.Place{"US"}
	sendgrid(new).Countries = []whitepaper.Place{"JP"}
	sendgrid(old).OutsideScope = nil
	cs := classified(t, old, new)
	require.Len(t, cs, 2, "%v", cs)
	assert.Equal(t, "subprocessor-country-changed", cs[0].Rule)
	ja := Explain(cs, locale.For(language.Japanese))
	en := Explain(cs, locale.For(language.English))
	assert.Equal(t, "外部サービス「SendGrid」の保管国がアメリカ合衆国から日本に変わりました", ja[0].Message)
	assert.Equal(t, `Subprocessor "SendGrid" now stores data in Japan instead of United States`, en[0].Message)
	assert.Equal(t, "外部サービス「SendGrid」", ja[0].Subject)
	assert.Equal(t, "外部サービス「SendGrid」は本ホワイトペーパーの範囲外と記載されました", ja[1].Message)
	assert.Equal(t, `Subprocessor "SendGrid" is now stated to be outside the scope of this whitepaper`, en[1].Message)
}

// TestNoRawIDsForPeople: the outputs meant for people word the IDs the
// documents declare (organisations, plans, services, region codes) as
// names, and leave out rule IDs unless asked for.
func TestNoRawIDsForPeople(t *testing.T) {
	old, new := seculio(t), seculio(t)
	removeSub(old, "Zoho")
	old.DataLocation.Regions = old.DataLocation.Regions[:1]
	old.Certifications.Certifications = append(old.Certifications.Certifications, whitepaper.Certification{Standard: whitepaper.PrivacyMark, Holder: "lrm"})
	new.Backup.Sets[0].Generations.Value = 5
	cs := classified(t, old, new)
	var ids []string
	for _, o := range append(slices.Clone(new.Providers), new.Vendor) {
		ids = append(ids, o.ID)
	}
	for _, s := range new.Services {
		ids = append(ids, s.ID)
	}
	for _, p := range new.Plans {
		ids = append(ids, p.ID)
	}
	for _, r := range new.DataLocation.Regions {
		ids = append(ids, r.Code)
	}
	for _, c := range cs {
		ids = append(ids, c.Rule)
	}
	for _, loc := range locale.All() {
		es := Explain(cs, loc)
		var b bytes.Buffer
		require.NoError(t, WriteText(&b, es, old, new, loc, Options{Editorial: true}))
		require.NoError(t, WriteMarkdown(&b, es, old, new, loc, Options{Editorial: true}))
		b.WriteString(strings.Join(RevisionEntry(es, old, new, loc), "\n"))
		require.NoError(t, WriteNotice(&b, es, new, loc))
		words := regexp.MustCompile(`[\p{L}\p{N}-]+`).FindAllString(b.String(), -1)
		for _, id := range ids {
			assert.NotContains(t, words, id, "%s: the raw ID %q reaches a reader", loc.Tag(), id)
		}
		var withIDs bytes.Buffer
		require.NoError(t, WriteText(&withIDs, es, old, new, loc, Options{RuleIDs: true}))
		assert.Contains(t, withIDs.String(), "[storage-region-added]")
	}
}

// dropFirstItems removes the first item of every list of records below v,
// so that comparing the result with the original adds an item of each.
func dropFirstItems(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			dropFirstItems(v.Elem())
		}
	case reflect.Struct:
		for _, f := range whitepaper.Fields(v.Type()) {
			switch f.Name {
			case "services", "plans", "providers", "vendor", "outline", "revisions", "languages":
				if v.Type() == reflect.TypeFor[whitepaper.Document]() {
					continue // the declared IDs, the outline and the metadata stay
				}
			}
			dropFirstItems(v.FieldByIndex(f.Index))
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Struct || v.Len() == 0 {
			return
		}
		for i := range v.Len() {
			dropFirstItems(v.Index(i))
		}
		v.Set(v.Slice(1, v.Len()))
	}
}

// TestNoRawIDsInAnyExample: for every example, an old version lacking the
// first item of every list; no output for people names a declared ID
// (organisation, service, plan, region code) or a rule ID.
func TestNoRawIDsInAnyExample(t *testing.T) {
	url := regexp.MustCompile(`(https?://|mailto:)\S+|[\w.+-]+@[\w.-]+`)
	word := regexp.MustCompile(`[\p{L}\p{N}-]+`)
	for _, name := range examples.Names() {
		new, err := examples.Load(name)
		require.NoError(t, err)
		old, err := examples.Load(name)
		require.NoError(t, err)
		dropFirstItems(reflect.ValueOf(old))
		cs := classified(t, old, new)
		require.NotEmpty(t, cs, name)
		ids := map[string]bool{new.Vendor.ID: true}
		for _, o := range new.Providers {
			ids[o.ID] = true
		}
		for _, s := range new.Services {
			ids[s.ID] = true
		}
		for _, p := range new.Plans {
			ids[p.ID] = true
		}
		if new.DataLocation != nil {
			for _, r := range new.DataLocation.Regions {
				ids[r.Code] = true
			}
		}
		for _, c := range cs {
			ids[c.Rule] = true
		}
		for _, loc := range locale.All() {
			es := Explain(cs, loc)
			var b bytes.Buffer
			require.NoError(t, WriteText(&b, es, old, new, loc, Options{Editorial: true}))
			require.NoError(t, WriteMarkdown(&b, es, old, new, loc, Options{Editorial: true}))
			b.WriteString(strings.Join(RevisionEntry(es, old, new, loc), "\n"))
			require.NoError(t, WriteNotice(&b, es, new, loc))
			for _, w := range word.FindAllString(url.ReplaceAllString(b.String(), " "), -1) {
				assert.False(t, ids[w], "%s, %s: the raw ID %q reaches a reader", name, loc.Tag(), w)
			}
		}
	}
}

// TestYesNoFacts: a yes/no fact newly stated, turned or withdrawn is
// worded by its state, not as "Provided".
func TestYesNoFacts(t *testing.T) {
	old, new := seculio(t), seculio(t)
	old.Vulnerabilities.TestedBeforeApplying = nil
	en := Explain(classified(t, old, new), locale.For(language.English))
	require.Len(t, en, 1)
	assert.Equal(t, "Now stated: Patches are tested before they are applied.", en[0].Message,
		"a fact with a statement of its own on the page is worded by it")
	ja := Explain(classified(t, new, old), locale.For(language.Japanese))
	require.Len(t, ja, 1)
	assert.Equal(t, "適用前のテスト環境での検証：記載がなくなりました（以前は「あり」）", ja[0].Message)
}

// TestRecordWithCommitment: a record newly stated with a commitment in it
// (an ordered fact in its better direction) strengthens, and withdrawing
// it weakens; a record stating only that something is not done, or only
// unordered facts, is a plain fact added.
func TestRecordWithCommitment(t *testing.T) {
	yes, no := true, false
	lead, err := whitepaper.ParseDuration("at least 30 days")
	require.NoError(t, err)
	for _, tc := range []struct {
		name   string
		notice *whitepaper.ChangeNotice
		added  Impact
		rule   string
	}{
		{"lead time", &whitepaper.ChangeNotice{Lead: lead}, Strengthened, "record-stated"},
		{"objection allowed", &whitepaper.ChangeNotice{Objection: &yes}, Strengthened, "record-stated"},
		{"objection refused", &whitepaper.ChangeNotice{Objection: &no}, Changed, "fact-added"},
		{"channels only", &whitepaper.ChangeNotice{Channels: []whitepaper.Channel{{Kind: "email"}}}, Changed, "fact-added"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			old, new := seculio(t), seculio(t)
			old.Subprocessors.ChangeNotice = nil
			new.Subprocessors.ChangeNotice = tc.notice
			cs, err := Compare(old, new)
			require.NoError(t, err)
			got := Classify(cs)
			require.Len(t, got, 1)
			assert.Equal(t, tc.rule, got[0].Rule)
			assert.Equal(t, tc.added, got[0].Impact)

			cs, err = Compare(new, old)
			require.NoError(t, err)
			back := Classify(cs)
			require.Len(t, back, 1)
			if tc.added == Strengthened {
				assert.Equal(t, "record-unstated", back[0].Rule)
				assert.Equal(t, Weakened, back[0].Impact, "withdrawing the commitment weakens")
			} else {
				assert.Equal(t, "fact-removed", back[0].Rule)
			}
		})
	}
}
