package whitepaper

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestContractMechanics(t *testing.T) {
	doc := formsDoc(t, formsBase+`contract:
  formation: [clickwrap, use]
  precedence: [signed-agreement, dpa, terms]
  prevailingLanguage: ja
  customerAudits:
    - {methods: [reports, on-site], frequency: yearly, notice: 30 days, conditions: [business-hours, customer-cost, no-competitors]}
    - {services: [web], provided: false}
  transfers:
    - {basis: scc, regime: eu-gdpr, modules: [controller-to-processor, processor-to-processor]}
    - {basis: scc, regime: uk-gdpr, instrument: uk-addendum}
  assistance:
    - {kind: data-subject-requests, provided: true, atCustomerCost: false}
    - {kind: impact-assessments, provided: true, atCustomerCost: true}
subprocessors:
  changeNotice: {lead: 30 days, objection: true, objectionWindow: 10 business days, onObjection: [terminate, refund]}
applicableLaw:
  laws: [{scope: customer-contract, country: JP}]
  courts: [{scope: customer-contract, name: {ja: 東京地方裁判所, en: Tokyo District Court}, exclusive: true, firstInstance: true}]
  authorities: [{country: IE, name: {ja: データ保護委員会, en: Data Protection Commission}, lead: true}]
`)
	c := doc.Contract
	assert.Equal(t, []Formation{FormationClickwrap, FormationUse}, c.Formation)
	assert.Equal(t, []ContractDocument{DocumentSignedAgreement, DocumentDPA, DocumentTerms}, c.Precedence, "the order is kept: the first prevails")
	assert.Equal(t, language.Japanese, c.PrevailingLanguage)
	require.Len(t, c.CustomerAudits, 2)
	assert.Equal(t, "yearly", c.CustomerAudits[0].Frequency.String())
	assert.Equal(t, []AuditCondition{AuditBusinessHours, AuditCustomerCost, AuditNoCompetitors}, c.CustomerAudits[0].Conditions)
	assert.False(t, *c.CustomerAudits[1].Provided, "stated as not given")
	assert.Equal(t, InstrumentUKAddendum, c.Transfers[1].Instrument)
	assert.True(t, *c.Assistance[1].AtCustomerCost, "a DPIA at the vendor's then-current rates")
	n := doc.Subprocessors.ChangeNotice
	assert.Equal(t, "10 business days", n.ObjectionWindow.String())
	assert.Equal(t, []ObjectionRemedy{RemedyTerminate, RemedyRefund}, n.OnObjection)
	assert.True(t, *doc.ApplicableLaw.Courts[0].Exclusive)
	assert.Equal(t, Country("IE"), doc.ApplicableLaw.Authorities[0].Country)

	// Directions are declared once, on the fields.
	for _, tt := range []struct {
		typ   reflect.Type
		field string
		want  Better
	}{
		{reflect.TypeFor[CustomerAudit](), "frequency", Lower},
		{reflect.TypeFor[CustomerAudit](), "notice", Lower},
		{reflect.TypeFor[ChangeNotice](), "objectionWindow", Higher},
		{reflect.TypeFor[Assistance](), "atCustomerCost", False},
	} {
		f, ok := FieldByName(tt.typ, tt.field)
		require.True(t, ok, tt.field)
		assert.Equal(t, tt.want, f.Better, tt.field)
	}
	f, _ := FieldByName(reflect.TypeFor[CustomerAudit](), "conditions")
	assert.Equal(t, MoreWorse, f.More, "more conditions limit the right more")
	f, _ = FieldByName(reflect.TypeFor[ChangeNotice](), "onObjection")
	assert.Equal(t, MoreBetter, f.More)

	tests := []struct{ name, src, code, pointer, msg string }{
		{"transfer without basis", "contract: {transfers: [{regime: eu-gdpr}]}\n",
			"required", "/contract/transfers/0/basis", "basis is required"},
		{"same mechanism twice", "contract: {transfers: [{basis: scc, regime: eu-gdpr}, {basis: scc, regime: eu-gdpr, modules: [controller-to-processor]}]}\n",
			"duplicate-key", "/contract/transfers/1", "basis=scc"},
		{"court without a name", "applicableLaw: {courts: [{scope: customer-contract}]}\n",
			"required", "/applicableLaw/courts/0/name", "name is required"},
		{"condition twice", "contract: {customerAudits: [{conditions: [customer-cost, customer-cost]}]}\n",
			"duplicate-key", "/contract/customerAudits/0/conditions/1", "appears twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), tt.code, tt.pointer, tt.msg)
		})
	}
	for src, msg := range map[string]string{
		"contract: {formation: [click-wrap]}\n":                        `unknown formation "click-wrap"; did you mean "clickwrap"?`,
		"contract: {precedence: [dpa, agreement]}\n":                   `unknown contract document "agreement"`,
		"contract: {transfers: [{basis: scc, modules: [module-2]}]}\n": `unknown SCC module "module-2"`,
		"subprocessors: {changeNotice: {onObjection: [refunds]}}\n":    `unknown objection remedy "refunds"; did you mean "refund"?`,
	} {
		_, err := Parse([]byte(formsBase+src), WithFilename("doc.yaml"))
		assert.ErrorContains(t, err, msg, src)
	}
}
