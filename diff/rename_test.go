package diff

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestRenamesAndReplacements checks that an item renamed, or a record
// whose target changed, is one item changed, worded as such in both
// languages, and that a different item is still a removal and an
// addition.
func TestRenamesAndReplacements(t *testing.T) {
	tests := []struct {
		name   string
		before func(d *whitepaper.Document)
		after  func(d *whitepaper.Document)
		rules  []string
		ja, en []string
	}{
		{
			name:   "subprocessor renamed and gaining a data category",
			before: func(d *whitepaper.Document) { d.Subprocessors.Services[0].Name = "Amazon Web Services (AWS)" },
			after: func(d *whitepaper.Document) {
				s := &d.Subprocessors.Services[0]
				s.Name = "Amazon Web Services Inc (AWS)"
				s.Data = append(s.Data, "usage-data")
			},
			rules: []string{"item-renamed", "subprocessor-data-added"},
			ja:    []string{"外部サービス「Amazon Web Services (AWS)」の名称が「Amazon Web Services Inc (AWS)」に変わりました"},
			en:    []string{"Renamed subprocessor Amazon Web Services (AWS) to Amazon Web Services Inc (AWS)"},
		},
		{
			name: "a different subprocessor is a replacement",
			before: func(d *whitepaper.Document) {
				*subNamed(d, "Wrike") = whitepaper.Subprocessor{Name: "G Suite", Operator: "Google"}
			},
			rules: []string{"subprocessor-removed", "subprocessor-added"},
		},
		{
			name: "notice channel from e-mail to a web page",
			before: func(d *whitepaper.Document) {
				ch := &d.IncidentResponse.Notification.Channels[0]
				ch.Kind, ch.URL, ch.Email = "email", "", "security@lrm.jp"
			},
			rules: []string{"value-changed", "target-changed"},
			ja:    []string{"連絡手段「お知らせページ」の宛先がsecurity@lrm.jpからhttps://support.lrm.jp/hc/ja/sections/360011627911に変わりました"},
			en:    []string{"Address of channel お知らせページ changed from security@lrm.jp to https://support.lrm.jp/hc/ja/sections/360011627911"},
		},
		{
			name:   "a changed phone number",
			before: func(d *whitepaper.Document) { d.Contact.Points[0].Phone = "03-6459-0171" },
			rules:  []string{"value-changed"},
		},
	}
	ja, en := locale.For(language.Japanese), locale.For(language.English)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := seculio(t), seculio(t)
			if tt.before != nil {
				tt.before(old)
			}
			if tt.after != nil {
				tt.after(new)
			}
			cs := classified(t, old, new)
			var rules []string
			for _, c := range cs {
				rules = append(rules, c.Rule)
			}
			assert.ElementsMatch(t, tt.rules, rules)
			for _, want := range []struct {
				loc  *locale.Locale
				msgs []string
			}{{ja, tt.ja}, {en, tt.en}} {
				var got []string
				for _, e := range Explain(cs, want.loc) {
					got = append(got, e.Message)
				}
				t.Logf("%s", got)
				for _, m := range want.msgs {
					assert.Contains(t, got, m)
				}
			}
		})
	}
}
