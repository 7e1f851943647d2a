package examples_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func load(t *testing.T, name string) *whitepaper.Document {
	t.Helper()
	doc, err := examples.Load(name)
	require.NoError(t, err)
	return doc
}

func TestNames(t *testing.T) {
	assert.Equal(t, []string{"classi", "loilo", "nulab", "seculio"}, examples.Names())
	_, err := examples.Load("nope")
	assert.Error(t, err)
}

// TestValid loads and validates every example: no errors, and warnings
// only for texts that one edition of a bilingual seed lacks.
func TestValid(t *testing.T) {
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			doc := load(t, name)
			diags := doc.Validate()
			assert.Empty(t, diags.Errors())
			for _, w := range diags.Warnings() {
				assert.Equal(t, "missing-translation", w.Code, "%s", w)
			}
			if len(doc.Languages) == 1 {
				assert.Empty(t, diags.Warnings())
			}
			src, err := examples.Bytes(name)
			require.NoError(t, err)
			assert.True(t, bytes.HasPrefix(src, []byte("# yaml-language-server: $schema=../schema/whitepaper.schema.json\n")),
				"the file starts with the schema line for editors")
		})
	}
}

// TestRoundTrip checks Load → Encode → Load identity in both formats, and
// that the committed files are in canonical form.
func TestRoundTrip(t *testing.T) {
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			doc := load(t, name)
			var y bytes.Buffer
			require.NoError(t, doc.EncodeYAML(&y))
			src, _ := examples.Bytes(name)
			assert.Equal(t, string(src), y.String(), "not canonical; run: go run ./cmd/whitepaper fmt -w examples/%s.yaml", name)

			for _, f := range []whitepaper.Format{whitepaper.FormatYAML, whitepaper.FormatJSON} {
				var buf bytes.Buffer
				require.NoError(t, doc.Encode(&buf, f))
				again, err := whitepaper.Parse(buf.Bytes(), whitepaper.WithFormat(f))
				require.NoError(t, err, f)
				var buf2 bytes.Buffer
				require.NoError(t, again.Encode(&buf2, f))
				assert.Equal(t, buf.String(), buf2.String(), "%s: encode is not stable", f)
				assertSameFacts(t, doc, again)
			}
		})
	}
}

// assertSameFacts compares two documents field by field through their JSON
// encoding of every section, which covers every exported field.
func assertSameFacts(t *testing.T, a, b *whitepaper.Document) {
	t.Helper()
	for _, s := range whitepaper.Sections() {
		assert.Equal(t, a.Section(s.ID), b.Section(s.ID), s.ID)
	}
	assert.Equal(t, a.Revisions, b.Revisions)
	assert.Equal(t, a.Vendor, b.Vendor)
	assert.Equal(t, a.Custom, b.Custom)
}

func TestSeculioFacts(t *testing.T) {
	doc := load(t, "seculio")
	assert.Equal(t, "2.27", doc.Version)
	assert.Equal(t, whitepaper.Date{Year: 2024, Month: 11, Day: 22}, doc.Date)
	// The table runs from 1.0 to 2.27: 1.0–1.2 and 2.0–2.27 are 31 entries.
	require.Len(t, doc.Revisions, 31)
	assert.Equal(t, "1.0", doc.Revisions[0].Version)

	set := findBackup(t, doc, whitepaper.DataDatabase)
	assert.Equal(t, whitepaper.Count{Value: 7, Unit: whitepaper.Generations}, set.Generations)
	assert.True(t, set.Frequency.Equal(whitepaper.Daily))
	require.NotNil(t, doc.Backup.RestoreOnRequest)
	assert.False(t, *doc.Backup.RestoreOnRequest, "restores on request are explicitly not offered")

	var regions []string
	for _, r := range doc.DataLocation.Regions {
		regions = append(regions, r.Code)
		assert.Equal(t, whitepaper.Country("JP"), r.Country)
	}
	assert.ElementsMatch(t, []string{"ap-northeast-1", "ap-northeast-3"}, regions)

	var min whitepaper.TLSVersion
	for _, p := range doc.Cryptography.InTransit {
		if p.Protocol == whitepaper.ProtocolTLS {
			min = p.MinVersion
		}
	}
	assert.Equal(t, whitepaper.TLS12, min)

	assert.True(t, doc.IncidentResponse.Notification.Deadline.Equal(whitepaper.Within(72, whitepaper.Hour)))

	var standards []whitepaper.Standard
	for _, c := range doc.Certifications.Certifications {
		assert.Equal(t, "lrm", c.Holder)
		standards = append(standards, c.Standard)
	}
	assert.ElementsMatch(t, []whitepaper.Standard{whitepaper.ISO27001, whitepaper.ISO27017, whitepaper.ISO27701}, standards)

	var names []string
	for _, s := range doc.Subprocessors.Services {
		names = append(names, s.Name)
	}
	assert.Equal(t, []string{"AWS", "SendGrid", "Wrike", "Zendesk", "Zoho", "BugSnag", "New Relic", "Auth0"}, names)

	var deletion *whitepaper.DeletionRule
	for i, r := range doc.DataDeletion.Rules {
		if r.Trigger == whitepaper.TriggerContractEnd {
			deletion = &doc.DataDeletion.Rules[i]
		}
	}
	require.NotNil(t, deletion)
	assert.Equal(t, "within 90 days", deletion.After.String())
	assert.Equal(t, whitepaper.Phone("03-6773-7547"), doc.Contact.Points[0].Phone)
	require.NotNil(t, deletion.Irreversible)
	assert.True(t, *deletion.Irreversible, "完全に消去")

	// The vendor's own outline: "11. バックアップの状況" holds the backup section.
	h, ok := doc.HeadingOf(whitepaper.SectionID("backup"))
	require.True(t, ok)
	assert.Equal(t, "11", h.Number)
	assert.Equal(t, "バックアップの状況", h.Title.Get(language.Japanese))
	h, ok = doc.HeadingOf(whitepaper.SectionID("contact"))
	require.True(t, ok)
	assert.Empty(t, h.Number, "the contact block is not numbered")

	// Per-change sections: 2.16's third change added Zoho to the subprocessors.
	var r216 *whitepaper.Revision
	for i := range doc.Revisions {
		if doc.Revisions[i].Version == "2.16" {
			r216 = &doc.Revisions[i]
		}
	}
	require.NotNil(t, r216)
	require.Len(t, r216.Changes, 6)
	assert.Contains(t, r216.Changes[2].Text.Get(language.Japanese), "Zoho")
	assert.Equal(t, []whitepaper.SectionID{"subprocessors"}, r216.Changes[2].Sections)
	assert.Empty(t, r216.Sections, "sections are per change, not per entry")
	for _, l := range doc.Logging.Logs {
		require.NotNil(t, l.TamperProtection, l.Type)
		assert.True(t, *l.TamperProtection)
	}
}

func TestClassiFacts(t *testing.T) {
	doc := load(t, "classi")
	assert.Equal(t, "1.3", doc.Version)
	assert.Equal(t, whitepaper.Date{Year: 2023, Month: 2, Day: 7}, doc.Date)
	require.Len(t, doc.Revisions, 4)

	retention := map[whitepaper.LogType]string{}
	for _, l := range doc.Logging.Logs {
		retention[l.Type] = l.Retention.String()
	}
	assert.Equal(t, map[whitepaper.LogType]string{whitepaper.LogOperation: "5 years", whitepaper.LogLogin: "5 years"}, retention)
	require.NotNil(t, doc.Logging.DisclosureOnRequest)
	assert.False(t, *doc.Logging.DisclosureOnRequest)

	assert.Equal(t, []whitepaper.Place{"JP"}, doc.DataLocation.Countries)
	assert.Equal(t, "Amazon Time Sync Service", doc.ClockSync.Source)
	require.NotNil(t, doc.Passwords.ChangeAtFirstLogin)
	assert.True(t, *doc.Passwords.ChangeAtFirstLogin)
	assert.True(t, findBackup(t, doc, whitepaper.DataDatabase).Frequency.Equal(whitepaper.Daily))
	assert.Equal(t, whitepaper.Email("privacy@classi.jp"), doc.Contact.Points[0].Email)
	assert.Equal(t, whitepaper.URL("https://status.classi.jp/"), doc.Availability.StatusPage)

	// 原則応じることはできません: the refusal is hedged "in principle".
	require.Len(t, doc.Logging.Qualified, 1)
	assert.Equal(t, "disclosureOnRequest", doc.Logging.Qualified[0].Field)
	assert.Equal(t, whitepaper.InPrinciple, doc.Logging.Qualified[0].Qualifier)

	h, ok := doc.HeadingOf(whitepaper.SectionID("logging"))
	require.True(t, ok)
	assert.Equal(t, "15", h.Number)
	h, ok = doc.HeadingOf(whitepaper.SectionID("other-safeguards"))
	require.True(t, ok)
	assert.Equal(t, "19", h.Number)
	assert.ElementsMatch(t, []whitepaper.SectionID{"other-safeguards", "personnel", "operator-access"}, h.Sections)

	last := doc.Revisions[len(doc.Revisions)-1]
	assert.Equal(t, []whitepaper.SectionID{"purpose"}, last.Changes[0].Sections)
}

func TestNulabFacts(t *testing.T) {
	doc := load(t, "nulab")
	assert.Equal(t, "第四版", doc.Edition.Get(language.Japanese))
	n := doc.IncidentResponse.Notification
	assert.True(t, n.Deadline.Equal(whitepaper.Within(72, whitepaper.Hour)), "Nulab notifies within 72 hours, got %s", n.Deadline)
	assert.Equal(t, whitepaper.RoleAdministrator, n.Recipient)

	db := findBackup(t, doc, whitepaper.DataDatabase)
	two, _ := whitepaper.ParseDuration("14 days")
	assert.True(t, db.Retention.Equal(two), "2 weeks equals 14 days, got %s", db.Retention)

	var access *whitepaper.Log
	for i, l := range doc.Logging.Logs {
		if l.Type == whitepaper.LogAccess {
			access = &doc.Logging.Logs[i]
		}
	}
	require.NotNil(t, access)
	assert.Equal(t, whitepaper.Indefinite, access.Retention.Kind)
	assert.ElementsMatch(t, []whitepaper.Place{"JP", "US"}, doc.DataLocation.Countries)

	after := map[string]string{}
	for _, r := range doc.DataDeletion.Rules {
		after[strings.Join(r.Plans, "+")+"/"+string(r.Trigger)] = r.After.String()
	}
	assert.Equal(t, "at least 30 days", after["paid/contract-end"])
	assert.Equal(t, "at least 180 days", after["trial/trial-end"])
	assert.Len(t, doc.Subprocessors.Services, 10)

	// サービス解約の翌日から30日以後
	for _, r := range doc.DataDeletion.Rules {
		if r.Trigger == whitepaper.TriggerContractEnd {
			require.NotNil(t, r.FromNextDay)
			assert.True(t, *r.FromNextDay)
		}
	}
	uses := map[whitepaper.PurposeKind]whitepaper.DataUseItem{}
	for _, u := range doc.DataUse.Uses {
		uses[u.Purpose] = u
	}
	require.Contains(t, uses, whitepaper.PurposeMarketing)
	require.NotNil(t, uses[whitepaper.PurposeMarketing].OptOut)
	assert.True(t, *uses[whitepaper.PurposeMarketing].OptOut)
	assert.Contains(t, uses, whitepaper.PurposeServiceDelivery)

	h, ok := doc.HeadingOf(whitepaper.SectionID("data-deletion"))
	require.True(t, ok)
	assert.Equal(t, "ユーザーデータの消去", h.Title.Get(language.Japanese))
	assert.Equal(t, 2, h.Level, "under 補足規約 > プライバシー")
}

func TestLoiLoFacts(t *testing.T) {
	doc := load(t, "loilo")
	assert.Equal(t, []language.Tag{language.Japanese, language.English}, doc.Languages)
	assert.True(t, doc.Title.IsZero(), "LoiLo's pages state no document title")
	assert.Empty(t, doc.Version, "LoiLo's pages state no version")

	holders := map[whitepaper.Standard]string{}
	for _, c := range doc.Certifications.Certifications {
		holders[c.Standard] = c.Holder
	}
	assert.Equal(t, map[whitepaper.Standard]string{
		whitepaper.PrivacyMark: "loilo",
		whitepaper.ISO27001:    "aws", whitepaper.ISO27017: "aws", whitepaper.ISO27018: "aws",
		whitepaper.ISMAP: "aws",
	}, holders, "AWS holds the ISO certifications and ISMAP, LoiLo the Privacy Mark")

	m := doc.Availability.Measured[0]
	assert.Equal(t, "99.9897%", m.Availability.String())
	assert.Equal(t, "100%", m.Uptime.String())

	counts := map[whitepaper.CountUnit]whitepaper.Count{}
	for _, f := range doc.Adoption.Figures {
		counts[f.Count.Unit] = f.Count
		assert.Equal(t, whitepaper.Date{Year: 2023, Month: 9}, f.AsOf)
	}
	assert.Equal(t, whitepaper.Count{Bound: whitepaper.About, Value: 12000, Unit: whitepaper.Schools}, counts[whitepaper.Schools])

	var urgent whitepaper.Duration
	for _, p := range doc.Vulnerabilities.Patching {
		if p.Class == whitepaper.PatchUrgent {
			urgent = p.Within
		}
	}
	assert.Equal(t, "within 1 week", urgent.String())

	// The PMS paragraph: risk analysis and periodic review, now typed.
	require.NotNil(t, doc.Governance)
	assert.Equal(t, "periodically", doc.Governance.Review.String())
	var kinds []whitepaper.MeasureKind
	for _, m := range doc.Governance.Measures {
		kinds = append(kinds, m.Kind)
	}
	assert.ElementsMatch(t, []whitepaper.MeasureKind{whitepaper.MeasureRiskAssessment, whitepaper.MeasureManagementReview}, kinds)
}

func findBackup(t *testing.T, doc *whitepaper.Document, kind whitepaper.DataKind) whitepaper.BackupSet {
	t.Helper()
	require.NotNil(t, doc.Backup)
	for _, s := range doc.Backup.Sets {
		if s.Data == kind {
			return s
		}
	}
	t.Fatalf("no backup set for %s", kind)
	return whitepaper.BackupSet{}
}

// TestLoadErrorsNameTheExample checks that an example's diagnostics carry its name.
func TestLoadErrorsNameTheExample(t *testing.T) {
	src, err := examples.Bytes("classi")
	require.NoError(t, err)
	_, err = whitepaper.Parse(append(src, "bogus: 1\n"...), whitepaper.WithFilename("classi.yaml"))
	var diags whitepaper.Diagnostics
	require.True(t, errors.As(err, &diags))
	assert.Contains(t, diags[0].String(), "classi.yaml:")
}

// TestReadmeListsWhatIsLeftOut keeps the README's list of the sections each
// example lacks in step with the documents.
func TestReadmeListsWhatIsLeftOut(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	for _, name := range examples.Names() {
		doc := load(t, name)
		var missing []string
		for _, s := range whitepaper.Sections() {
			if doc.Section(s.ID) == nil {
				missing = append(missing, string(s.ID))
			}
		}
		line := "- **" + name + "**: " + strings.Join(missing, ", ") + "\n"
		assert.Contains(t, string(readme), line)
	}
}
