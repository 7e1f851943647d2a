package diff

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func seculio(t testing.TB) *whitepaper.Document {
	t.Helper()
	doc, err := examples.Load("seculio")
	require.NoError(t, err)
	return doc
}

func classified(t testing.TB, old, new *whitepaper.Document) []Classified {
	t.Helper()
	cs, err := Compare(old, new)
	require.NoError(t, err)
	return Classify(cs)
}

func has(cs []Classified, rule string, impact Impact, path string) bool {
	return slices.ContainsFunc(cs, func(c Classified) bool {
		return c.Rule == rule && c.Impact == impact && c.Path.String() == path
	})
}

// TestRevisionTable rebuilds entries of Seculio's revision table: the
// version before each change is made from 2.27 by undoing the change.
func TestRevisionTable(t *testing.T) {
	tests := []struct {
		entry  string
		before func(d *whitepaper.Document) // turns 2.27 into the version before the entry
		after  func(d *whitepaper.Document) // turns 2.27 into the version after it, when it is not 2.27
		rule   string
		impact Impact
		path   string
	}{
		{"2.22 Osaka region added", func(d *whitepaper.Document) {
			d.DataLocation.Regions = slices.DeleteFunc(d.DataLocation.Regions, func(r whitepaper.Region) bool { return r.Code == "ap-northeast-3" })
		}, nil, "storage-region-added", Changed, "/dataLocation/regions[provider=aws,code=ap-northeast-3]"},
		{"2.26 Privacy Mark removed", func(d *whitepaper.Document) {
			d.Certifications.Certifications = append(d.Certifications.Certifications, whitepaper.Certification{Standard: whitepaper.PrivacyMark, Holder: "lrm"})
		}, nil, "certification-removed", Weakened, "/certifications/certifications[standard=privacy-mark,holder=lrm]"},
		{"2.16 Zoho added", func(d *whitepaper.Document) { removeSub(d, "Zoho") }, nil, "subprocessor-added", Changed, "/subprocessors/services[name=Zoho]"},
		{"2.7 Zendesk added", func(d *whitepaper.Document) { removeSub(d, "Zendesk") }, nil, "subprocessor-added", Changed, "/subprocessors/services[name=Zendesk]"},
		{"2.10 G Suite replaced by Wrike (G Suite removed)", func(d *whitepaper.Document) {
			removeSub(d, "Wrike")
			d.Subprocessors.Services = append(d.Subprocessors.Services, whitepaper.Subprocessor{Name: "G Suite"})
		}, nil, "subprocessor-removed", Changed, "/subprocessors/services[name=G Suite]"},
		{"2.9 ISO/IEC 27018 added", nil, func(d *whitepaper.Document) {
			d.Certifications.Certifications = append(d.Certifications.Certifications, whitepaper.Certification{Standard: whitepaper.ISO27018, Holder: "lrm"})
		}, "certification-added", Strengthened, "/certifications/certifications[standard=iso27018,holder=lrm]"},
		{"2.6 incident notification target stated", func(d *whitepaper.Document) {
			d.IncidentResponse.Notification.Deadline = whitepaper.Duration{}
		}, nil, "incident-notification-deadline-stated", Strengthened, "/incidentResponse/notification/deadline"},
		{"2.12 Sydney region added", nil, func(d *whitepaper.Document) {
			d.DataLocation.Regions = append(d.DataLocation.Regions, whitepaper.Region{Provider: "aws", Code: "ap-southeast-2", Country: "AU"})
		}, "storage-region-added", Changed, "/dataLocation/regions[provider=aws,code=ap-southeast-2]"},
	}
	for _, tt := range tests {
		t.Run(tt.entry, func(t *testing.T) {
			old, new := versions(t, "seculio", tt.before, tt.after)
			cs := classified(t, old, new)
			assert.True(t, has(cs, tt.rule, tt.impact, tt.path), "want %s (%s) at %s, got %v", tt.rule, tt.impact, tt.path, cs)
		})
	}
}

func removeSub(d *whitepaper.Document, name string) {
	d.Subprocessors.Services = slices.DeleteFunc(d.Subprocessors.Services, func(s whitepaper.Subprocessor) bool { return s.Name == name })
}

func TestNormalization(t *testing.T) {
	old, new := seculio(t), seculio(t)
	old.Backup.Sets[0].Retention, _ = whitepaper.ParseDuration("2 weeks")
	new.Backup.Sets[0].Retention, _ = whitepaper.ParseDuration("14 days")
	new.Subprocessors.Services[0], new.Subprocessors.Services[1] = new.Subprocessors.Services[1], new.Subprocessors.Services[0]
	assert.Empty(t, classified(t, old, new), "2 weeks equals 14 days, and the order of a keyed list is no change")

	new.Backup.Sets[0].Generations.Value = 3
	cs := classified(t, old, new)
	require.Len(t, cs, 1)
	assert.Equal(t, "backup-generations-decreased", cs[0].Rule)
	assert.Equal(t, Weakened, cs[0].Impact)
	ja := Explain(cs, locale.For(language.Japanese))
	assert.Equal(t, "バックアップ「データベース」の保管世代数が7世代から3世代に減りました", ja[0].Message)
	en := Explain(cs, locale.For(language.English))
	assert.Equal(t, `Generations kept of the backup "Databases" decreased from 7 generations to 3 generations`, en[0].Message)
	assert.Equal(t, ja[0].Fingerprint, en[0].Fingerprint, "the fingerprint does not depend on the language")
}

// TestMetadataIsNoChange: version, date and revision history are the
// release's metadata, reported in the header and never counted.
func TestMetadataIsNoChange(t *testing.T) {
	old, new := seculio(t), seculio(t)
	old.Version, old.Date = "2.26", whitepaper.Date{Year: 2024, Month: 7, Day: 16}
	old.Revisions = old.Revisions[:len(old.Revisions)-1]
	assert.Empty(t, classified(t, old, new))
	assert.Equal(t, "Version 2.26 → 2.27, dated July 16, 2024 → November 22, 2024", Header(old, new, locale.For(language.English)))
	assert.Equal(t, "版 2.26 → 2.27、日付 2024年7月16日 → 2024年11月22日", Header(old, new, locale.For(language.Japanese)))
	assert.Equal(t, "Version 2.27, dated November 22, 2024", Header(new, new, locale.For(language.English)))
}

func TestDuplicateKeyIsAnError(t *testing.T) {
	old, new := seculio(t), seculio(t)
	new.Subprocessors.Services = append(new.Subprocessors.Services, new.Subprocessors.Services[0])
	_, err := Compare(old, new)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "name=AWS twice")
}

// TestProperties: a document compared with itself has no change; swapping
// old and new mirrors every change; output is deterministic.
func TestProperties(t *testing.T) {
	mirror := map[Impact]Impact{Weakened: Strengthened, Strengthened: Weakened, Changed: Changed, Editorial: Editorial}
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		assert.Empty(t, classified(t, doc, doc), name)
	}
	old, new := seculio(t), seculio(t)
	removeSub(old, "Zoho")
	new.Backup.Sets[0].Generations.Value = 3
	new.IncidentResponse.Notification.Deadline, _ = whitepaper.ParseDuration("within 5 days")
	new.DataLocation.Countries = append(new.DataLocation.Countries, "AU")
	new.Backup.Notes.Notes = append(new.Backup.Notes.Notes, whitepaper.T("ja", "追記"))
	old.PhysicalDisposal = nil
	new.Responsibilities.Duties[0].Text = whitepaper.T("ja", "書き換えた責任")
	subNamed(old, "SendGrid").Countries = []whitepaper.Place{"US"}
	subNamed(new, "SendGrid").Countries = []whitepaper.Place{"JP"}
	new.Labelling.References = append([]whitepaper.Reference{{Kind: "manual", URL: "https://example.com/m"}}, new.Labelling.References...)
	old.Vulnerabilities.TestedBeforeApplying = nil
	fwd, back := classified(t, old, new), classified(t, new, old)
	require.Equal(t, len(fwd), len(back))
	kind := map[Kind]Kind{Added: Removed, Removed: Added, Modified: Modified}
	for _, f := range fwd {
		i := slices.IndexFunc(back, func(b Classified) bool { return b.Path.String() == f.Path.String() })
		require.GreaterOrEqual(t, i, 0, f.Path.String())
		b := back[i]
		assert.Equal(t, kind[f.Kind], b.Kind, f.Path.String())
		assert.Equal(t, mirror[f.Impact], b.Impact, "%s: %s vs %s", f.Path, f.Rule, b.Rule)
	}
	loc := locale.For(language.Japanese)
	var x, y bytes.Buffer
	require.NoError(t, WriteText(&x, Explain(fwd, loc), old, new, loc, Options{Editorial: true, RuleIDs: true}))
	require.NoError(t, WriteText(&y, Explain(classified(t, old, new), loc), old, new, loc, Options{Editorial: true, RuleIDs: true}))
	assert.Equal(t, x.String(), y.String())
}

// TestRulesHaveTwinsAndMessages: every decreased/removed rule has its
// increased/added twin (or a waiver), and a message in every locale.
func TestRulesHaveTwinsAndMessages(t *testing.T) {
	ids := map[string]Rule{}
	for _, r := range Rules() {
		ids[r.ID] = r
	}
	for id, r := range ids {
		for from, to := range map[string]string{"-decreased": "-increased", "-removed": "-added", "-increased": "-decreased", "-added": "-removed", "-stated": "-unstated", "-unstated": "-stated"} {
			if stem, ok := strings.CutSuffix(id, from); ok {
				_, twin := ids[stem+to]
				assert.True(t, twin || r.Waiver != "", "%s has no twin %s%s", id, stem, to)
			}
		}
		for _, loc := range locale.All() {
			assert.True(t, loc.Has(messageKey(Change{}, id, loc.Has)), "%s lacks a message for %s", loc.Tag(), id)
		}
	}
}

// TestGolden writes the outputs for a pair built from Seculio.
func TestGolden(t *testing.T) {
	old, new := seculio(t), seculio(t)
	old.Version, old.Date = "2.26", whitepaper.Date{Year: 2024, Month: 7, Day: 16}
	for _, d := range []*whitepaper.Document{old, new} {
		yes := true
		lead, err := whitepaper.ParseDuration("at least 30 days")
		require.NoError(t, err)
		d.Subprocessors.ChangeNotice = &whitepaper.ChangeNotice{Lead: lead, Objection: &yes,
			Channels: []whitepaper.Channel{{Kind: "email", Email: "securio@lrm.jp"}}}
	}
	removeSub(old, "Zoho")
	removeSub(old, "Auth0")
	old.DataLocation.Regions = old.DataLocation.Regions[:1]
	old.Certifications.Certifications = append(old.Certifications.Certifications, whitepaper.Certification{Standard: whitepaper.PrivacyMark, Holder: "lrm"})
	new.Backup.Sets[0].Generations.Value = 5
	new.Backup.Notes.Notes = append(new.Backup.Notes.Notes, whitepaper.T("ja", "バックアップの説明を追記。"))
	cs := classified(t, old, new)
	for _, lang := range []string{"ja", "en"} {
		loc := locale.For(language.MustParse(lang))
		es := Explain(cs, loc)
		var b bytes.Buffer
		require.NoError(t, WriteText(&b, es, old, new, loc, Options{}))
		b.WriteString("\n--- github\n")
		require.NoError(t, WriteGitHub(&b, es, new, "examples/seculio.yaml", loc, Options{}))
		b.WriteString("\n--- markdown, with editorial changes\n")
		require.NoError(t, WriteMarkdown(&b, es, old, new, loc, Options{Editorial: true}))
		b.WriteString("\n--- revision entry\n" + strings.Join(RevisionEntry(es, old, new, loc), "\n") + "\n")
		b.WriteString("\n--- notice\n")
		require.NoError(t, WriteNotice(&b, es, new, loc))
		b.WriteString("\n--- json\n")
		require.NoError(t, WriteJSON(&b, es, old, new, loc))
		file := filepath.Join("testdata", "seculio."+lang+".txt")
		if *update {
			require.NoError(t, os.WriteFile(file, b.Bytes(), 0o644))
			continue
		}
		want, err := os.ReadFile(file)
		require.NoError(t, err, "run: go test ./diff -update")
		assert.Equal(t, string(want), b.String(), "run go test ./diff -update and read the diff")
	}
}

func TestNoticeTerms(t *testing.T) {
	doc := seculio(t)
	_, ok := Notice(doc)
	assert.False(t, ok, "Seculio states no notice commitment")
	for lead, want := range map[string]string{"at least 30 days": "2024-12-22", "1 month": "2024-12-22", "2 weeks": "2024-12-06", "36 hours": "2024-11-24"} {
		d, err := whitepaper.ParseDuration(lead)
		require.NoError(t, err)
		doc.Subprocessors.ChangeNotice = &whitepaper.ChangeNotice{Lead: d}
		terms, ok := Notice(doc)
		require.True(t, ok)
		assert.Equal(t, want, terms.Effective.String(), lead)
	}
	for _, lead := range []string{"5 business days", "in advance", "10-20 days"} {
		d, err := whitepaper.ParseDuration(lead)
		require.NoError(t, err)
		doc.Subprocessors.ChangeNotice = &whitepaper.ChangeNotice{Lead: d}
		terms, _ := Notice(doc)
		assert.True(t, terms.Effective.IsZero(), "%s has no calendar date", lead)
	}
}

func TestIgnore(t *testing.T) {
	old, new := seculio(t), seculio(t)
	removeSub(old, "Zoho")
	removeSub(old, "Auth0")
	ig, err := ParseIgnore([]byte("- rule: subprocessor-added\n  path: /subprocessors/services[name=Zoho]\n  reason: announced in June\n"))
	require.NoError(t, err)
	cs := ig.Filter(classified(t, old, new))
	require.Len(t, cs, 1)
	assert.Equal(t, "/subprocessors/services[name=Auth0]", cs[0].Path.String())
	all, err := ParseIgnore([]byte("- {rule: subprocessor-added, path: /subprocessors/*, reason: both announced}\n"))
	require.NoError(t, err)
	assert.Empty(t, all.Filter(classified(t, old, new)))
	for _, bad := range []string{"- {rule: nope, path: /x, reason: r}\n", "- {rule: subprocessor-added, path: /x}\n", "- {rule: subprocessor-added, path: /x, reason: r, message: m}\n"} {
		_, err := ParseIgnore([]byte(bad))
		assert.Error(t, err, bad)
	}
}

// TestListIdentity: lists without declared keys are matched by identity,
// so an insertion in the middle is one insertion.
func TestListIdentity(t *testing.T) {
	old, new := seculio(t), seculio(t)
	refs := new.Labelling.References
	link := whitepaper.Reference{Kind: "manual", Label: whitepaper.T("ja", "ラベルを付ける"), URL: "https://teachme.jp/3233/manuals/1"}
	new.Labelling.References = append(slices.Clone(refs[:2]), append([]whitepaper.Reference{link}, refs[2:]...)...)
	cs := classified(t, old, new)
	require.Len(t, cs, 1, "%v", cs)
	assert.Equal(t, Added, cs[0].Kind)
	assert.Equal(t, "/labelling/references[url=https://teachme.jp/3233/manuals/1]", cs[0].Path.String())

	// A channel is known by its kind and target: a new channel before the
	// others is one addition, an edited condition is one change.
	old, new = seculio(t), seculio(t)
	ch := new.ChangeManagement.Announcements
	ch[1].Condition = whitepaper.T("ja", "機能変更の場合")
	new.ChangeManagement.Announcements = append([]whitepaper.Channel{{Kind: "email", Email: "info@example.com"}}, ch...)
	cs = classified(t, old, new)
	require.Len(t, cs, 2, "%v", cs)
	assert.Equal(t, "/changeManagement/announcements[kind=email,email=info@example.com]", cs[0].Path.String())
	assert.Equal(t, "/changeManagement/announcements[kind=email]/condition/ja", cs[1].Path.String())

	// Notes are matched by content: a note added before the others is one
	// addition; one note edited in place is one change.
	old, new = seculio(t), seculio(t)
	new.Labelling.Notes.Notes = append([]whitepaper.Text{whitepaper.T("ja", "新しい補足")}, new.Labelling.Notes.Notes...)
	cs = classified(t, old, new)
	require.Len(t, cs, 1, "%v", cs)
	assert.Equal(t, Added, cs[0].Kind)
	new = seculio(t)
	new.Labelling.Notes.Notes[0] = whitepaper.T("ja", "書き換えた補足")
	cs = classified(t, old, new)
	require.Len(t, cs, 1, "%v", cs)
	assert.Equal(t, Modified, cs[0].Kind)
}

// TestStatedAndCommitments: newly stating an ordered fact strengthens,
// withdrawing it weakens; a new section strengthens; the text of a duty is
// substantive, notes are not.
func TestStatedAndCommitments(t *testing.T) {
	old, new := seculio(t), seculio(t)
	old.IncidentResponse.Notification.Deadline = whitepaper.Duration{}
	fwd, back := classified(t, old, new), classified(t, new, old)
	require.Len(t, fwd, 1)
	require.Len(t, back, 1)
	assert.Equal(t, "incident-notification-deadline-stated", fwd[0].Rule)
	assert.Equal(t, Strengthened, fwd[0].Impact)
	assert.Equal(t, "incident-notification-deadline-unstated", back[0].Rule)
	assert.Equal(t, Weakened, back[0].Impact)
	assert.Equal(t, "インシデント通知の目標時間が72時間以内と明記されました", Explain(fwd, locale.For(language.Japanese))[0].Message)
	assert.Equal(t, "Incidents are now to be notified within 72 hours", Explain(fwd, locale.For(language.English))[0].Message)

	old, new = seculio(t), seculio(t)
	old.PhysicalDisposal = nil
	cs := classified(t, old, new)
	require.Len(t, cs, 1)
	assert.Equal(t, "section-added", cs[0].Rule)
	assert.Equal(t, Strengthened, cs[0].Impact)
	assert.Equal(t, Weakened, classified(t, new, old)[0].Impact)

	old, new = seculio(t), seculio(t)
	new.Responsibilities.Duties[0].Text = whitepaper.T("ja", "書き換えた責任")
	new.Responsibilities.Notes.Notes = append(new.Responsibilities.Notes.Notes, whitepaper.T("ja", "補足"))
	cs = classified(t, old, new)
	require.Len(t, cs, 2)
	assert.Equal(t, "commitment-changed", cs[0].Rule)
	assert.Equal(t, Changed, cs[0].Impact)
	assert.Equal(t, Editorial, cs[1].Impact)
}
