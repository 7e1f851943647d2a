package whitepaper

import (
	"reflect"
	"strings"
)

// Promised holds a section's typed promises. [Notes] embeds it, so every
// section, standard or custom, can state a promise that no dedicated field
// holds, next to the facts it belongs with: a quantitative or yes/no
// promise is never left in prose because no field was made for it.
type Promised struct {
	// Promises are quantitative or yes/no promises that no dedicated
	// field of the section holds, each on a topic of the promise-topic
	// vocabulary.
	Promises []Promise `json:"promises,omitempty"`
}

// Promise is one typed promise: on a topic, by or to a party, a value in
// the value form its topic declares (see [PromiseTopic.Form]), with its
// bound (inside the value, such as "within 72 hours"), its qualifier and
// its plan scope, and the vendor's wording. Exactly one value field is
// stated.
type Promise struct {
	// Topic is what is promised.
	Topic PromiseTopic `json:"topic" whitepaper:"key,required"`
	// Party is whom the promise concerns when the topic alone does not
	// say, such as the account owner for a notice.
	Party Role `json:"party,omitempty" whitepaper:"key"`
	Applicability
	// Duration is the value of a topic whose form is a duration, such as
	// "within 72 hours".
	Duration Duration `json:"duration,omitzero"`
	// Frequency is the value of a topic whose form is a frequency, such
	// as "every 3 months".
	Frequency Frequency `json:"frequency,omitzero"`
	// Count is the value of a topic whose form is a count, such as
	// "2 organizations".
	Count Count `json:"count,omitzero"`
	// Percent is the value of a topic whose form is a percentage.
	Percent Percent `json:"percent,omitzero"`
	// Money is the value of a topic whose form is an amount of money.
	Money Money `json:"money,omitzero"`
	// Provided is the value of a yes/no topic: true when the document
	// states it is so, false when it states it is not.
	Provided *bool `json:"provided,omitempty"`
	// Places is the value of a topic whose form is a list of places.
	Places []Place `json:"places,omitempty"`
	// Commitment is how firmly it is promised, such as a target that is
	// not guaranteed; empty when the document does not say.
	Commitment Commitment `json:"commitment,omitempty"`
	// Note words the promise as the document does.
	Note Text `json:"note,omitzero"`
}

// ValueForm names the value form of a [PromiseTopic]: the name of the
// [Promise] field that holds its value, such as "duration".
type ValueForm string

// The value forms a promise can take.
const (
	FormDuration  ValueForm = "duration"
	FormFrequency ValueForm = "frequency"
	FormCount     ValueForm = "count"
	FormPercent   ValueForm = "percent"
	FormMoney     ValueForm = "money"
	FormYesNo     ValueForm = "provided"
	FormPlaces    ValueForm = "places"
)

// PromiseTopic is what a [Promise] is about. The vocabulary grows: a
// document may add "x-" values declared in its extensions, which take any
// single value form and have no direction.
type PromiseTopic string

// The values of PromiseTopic. Each topic's value form and direction are
// in [PromiseTopic.Form] and [PromiseTopic.Better].
const (
	// TopicVulnerabilityAcknowledgement is how soon a reported
	// vulnerability is acknowledged to its reporter; sooner is better.
	TopicVulnerabilityAcknowledgement PromiseTopic = "vulnerability-acknowledgement"
	// TopicVulnerabilityFixCritical is how soon a critical vulnerability
	// in the vendor's own code is fixed; sooner is better.
	TopicVulnerabilityFixCritical PromiseTopic = "vulnerability-fix-critical"
	// TopicOutageNotice is how soon customers are told of an outage;
	// sooner is better.
	TopicOutageNotice PromiseTopic = "outage-notice"
	// TopicChangeNotice is how long before a change customers are told;
	// longer is better.
	TopicChangeNotice PromiseTopic = "change-notice"
	// TopicEndOfServiceNotice is how long before the whole service ends
	// customers are told; longer is better.
	TopicEndOfServiceNotice PromiseTopic = "end-of-service-notice"
	// TopicObjectionWindow is how long customers have to object to a new
	// subprocessor; longer is better.
	TopicObjectionWindow PromiseTopic = "objection-window"
	// TopicCustomerAudit is how often a customer may audit the vendor;
	// more often is better. Its value is an allowance: "at most once a
	// year" grants one audit a year.
	TopicCustomerAudit PromiseTopic = "customer-audit"
	// TopicPrivacyTraining is how often staff are trained in privacy;
	// more often is better.
	TopicPrivacyTraining PromiseTopic = "privacy-training"
	// TopicInternalAudit is how often the vendor audits itself; more
	// often is better.
	TopicInternalAudit PromiseTopic = "internal-audit"
	// TopicGovernmentRequests is how many customers' data governments
	// requested in the period a transparency report covers; fewer is
	// better.
	TopicGovernmentRequests PromiseTopic = "government-requests"
	// TopicRecoverySites is how many sites the service can recover to;
	// more is better.
	TopicRecoverySites PromiseTopic = "recovery-sites"
	// TopicRenewableEnergy is the share of renewable energy the service
	// runs on; higher is better.
	TopicRenewableEnergy PromiseTopic = "renewable-energy"
	// TopicCyberInsurance is the cover of the vendor's cyber insurance;
	// higher is better.
	TopicCyberInsurance PromiseTopic = "cyber-insurance"
	// TopicEscrow is whether programs and configuration are held in
	// escrow for a sudden end of service; yes is better.
	TopicEscrow PromiseTopic = "escrow"
	// TopicAlternativeMeans is whether an alternative means is offered in
	// a major outage; yes is better.
	TopicAlternativeMeans PromiseTopic = "alternative-means"
	// TopicSecurityNonRegression is whether the vendor promises not to
	// reduce security materially during the term; yes is better.
	TopicSecurityNonRegression PromiseTopic = "security-non-regression"
	// TopicDataSale is whether customer data is sold; no is better.
	TopicDataSale PromiseTopic = "data-sale"
	// TopicKeyDisclosure is whether encryption keys have been handed over
	// to a government; no is better.
	TopicKeyDisclosure PromiseTopic = "key-disclosure"
	// TopicRecoveryLocation is where the service recovers to in a
	// disaster; places have no direction.
	TopicRecoveryLocation PromiseTopic = "recovery-location"
	// TopicAdvertisingUse is whether customer data is used for
	// advertising; no is better.
	TopicAdvertisingUse PromiseTopic = "advertising-use"
	// TopicEncryptionWeakened is whether the vendor has weakened its
	// encryption at a government's demand; no is better.
	TopicEncryptionWeakened PromiseTopic = "encryption-weakened"
	// TopicBackdoor is whether the vendor has installed software or
	// access for a government to reach customer data; no is better.
	TopicBackdoor PromiseTopic = "backdoor"
	// TopicDeviceStorage is whether the service stores identifiers on
	// users' devices (cookies, local storage) to track them; no is better.
	TopicDeviceStorage PromiseTopic = "device-storage"
)

// topicSpec is a topic's value form and the direction of its values,
// and whether its value is an allowance (see [Field.Allowance]).
type topicSpec struct {
	form      ValueForm
	better    Better
	allowance bool
}

// promiseTopics is the table of topics: each topic's value form and
// which way its value is better for the customer. A frequency's Lower
// means more often.
var promiseTopics = map[PromiseTopic]topicSpec{
	TopicVulnerabilityAcknowledgement: {form: FormDuration, better: Lower},
	TopicVulnerabilityFixCritical:     {form: FormDuration, better: Lower},
	TopicOutageNotice:                 {form: FormDuration, better: Lower},
	TopicChangeNotice:                 {form: FormDuration, better: Higher},
	TopicEndOfServiceNotice:           {form: FormDuration, better: Higher},
	TopicObjectionWindow:              {form: FormDuration, better: Higher},
	TopicCustomerAudit:                {form: FormFrequency, better: Lower, allowance: true},
	TopicPrivacyTraining:              {form: FormFrequency, better: Lower},
	TopicInternalAudit:                {form: FormFrequency, better: Lower},
	TopicGovernmentRequests:           {form: FormCount, better: Lower},
	TopicRecoverySites:                {form: FormCount, better: Higher},
	TopicRenewableEnergy:              {form: FormPercent, better: Higher},
	TopicCyberInsurance:               {form: FormMoney, better: Higher},
	TopicEscrow:                       {form: FormYesNo, better: True},
	TopicAlternativeMeans:             {form: FormYesNo, better: True},
	TopicSecurityNonRegression:        {form: FormYesNo, better: True},
	TopicDataSale:                     {form: FormYesNo, better: False},
	TopicKeyDisclosure:                {form: FormYesNo, better: False},
	TopicRecoveryLocation:             {form: FormPlaces, better: Unordered},
	TopicAdvertisingUse:               {form: FormYesNo, better: False},
	TopicEncryptionWeakened:           {form: FormYesNo, better: False},
	TopicBackdoor:                     {form: FormYesNo, better: False},
	TopicDeviceStorage:                {form: FormYesNo, better: False},
}

var promiseTopicValues = []PromiseTopic{
	TopicVulnerabilityAcknowledgement, TopicVulnerabilityFixCritical, TopicOutageNotice,
	TopicChangeNotice, TopicEndOfServiceNotice, TopicObjectionWindow,
	TopicCustomerAudit, TopicPrivacyTraining, TopicInternalAudit,
	TopicGovernmentRequests, TopicRecoverySites, TopicRenewableEnergy, TopicCyberInsurance,
	TopicEscrow, TopicAlternativeMeans, TopicSecurityNonRegression, TopicDataSale, TopicKeyDisclosure,
	TopicRecoveryLocation,
	TopicAdvertisingUse, TopicEncryptionWeakened, TopicBackdoor, TopicDeviceStorage,
}

// Values lists every PromiseTopic, in a stable order.
func (PromiseTopic) Values() []PromiseTopic { return promiseTopicValues }

// UnmarshalText parses a topic, suggesting the closest known topic for an
// unknown one.
func (x *PromiseTopic) UnmarshalText(b []byte) error {
	v := PromiseTopic(b)
	if err := v.check(); err != nil {
		return err
	}
	*x = v
	return nil
}

func (x PromiseTopic) check() error {
	if _, ok := promiseTopics[x]; ok || IsExtension(string(x)) {
		return nil
	}
	if len(x) <= maxSuggestLen {
		best, bestDist := "", 4
		for _, t := range promiseTopicValues {
			if d := editDistance(string(x), string(t)); d < bestDist {
				best, bestDist = string(t), d
			}
		}
		if best != "" {
			return Errorf("unknown promise topic %q; did you mean %q? (or an extension value x-… declared in extensions)", string(x), best)
		}
	}
	names := make([]string, len(promiseTopicValues))
	for i, t := range promiseTopicValues {
		names[i] = string(t)
	}
	return Errorf("unknown promise topic %q (want one of: %s; or an extension value x-… declared in extensions)", string(x), strings.Join(names, ", "))
}

// Form returns the value form the topic's promises take; "" for an
// extension topic, which may take any single form.
func (x PromiseTopic) Form() ValueForm { return promiseTopics[x].form }

// Better returns which way the topic's value is better for the customer;
// [Unordered] for an extension topic and for places.
func (x PromiseTopic) Better() Better { return promiseTopics[x].better }

// IsAllowance reports whether the topic's value is what the customer may
// use, such as how often a customer may audit the vendor: a quota "at
// most once a year" grants yearly (see [Field.Allowance]).
func (x PromiseTopic) IsAllowance() bool { return promiseTopics[x].allowance }

var promiseType = reflect.TypeFor[Promise]()

// Form returns the value form the promise states, by the field that holds
// a value; "" when it states none.
func (p Promise) Form() ValueForm {
	forms := p.forms()
	if len(forms) == 0 {
		return ""
	}
	return forms[0]
}

// forms lists the value forms the promise states a value in.
func (p Promise) forms() []ValueForm {
	var out []ValueForm
	rv := reflect.ValueOf(p)
	for _, form := range []ValueForm{FormDuration, FormFrequency, FormCount, FormPercent, FormMoney, FormYesNo, FormPlaces} {
		f, _ := FieldByName(promiseType, string(form))
		if !isEmpty(rv.FieldByIndex(f.Index)) {
			out = append(out, form)
		}
	}
	return out
}

// Value returns the field that holds the promise's value, with the
// direction its topic declares, and the value; ok is false when the
// promise states no value. Comparisons read a promise's value through
// it like the value of any dedicated field.
func (p Promise) Value() (f Field, v reflect.Value, ok bool) {
	form := p.Form()
	if form == "" {
		return Field{}, reflect.Value{}, false
	}
	f, _ = FieldByName(promiseType, string(form))
	f.Better = p.Topic.Better()
	f.Allowance = p.Topic.IsAllowance()
	if f.Better != Unordered {
		f.Rule = "promise-" + string(p.Topic)
	}
	return f, reflect.ValueOf(p).FieldByIndex(f.Index), true
}

// promise checks that a promise states exactly one value, in the form its
// topic declares.
func (v *validator) promise(p Promise, at *path) {
	forms := p.forms()
	want := p.Topic.Form()
	switch {
	case len(forms) == 0 && want != "":
		v.errorf(at, "required", "a promise on %q states its value in %s", p.Topic, want)
	case len(forms) == 0:
		v.errorf(at, "required", "a promise states its value in one of duration, frequency, count, percent, money, provided or places")
	case len(forms) > 1:
		v.errorf(at.field(string(forms[1])), "invalid-value", "a promise states one value; this one also states %s", forms[0])
	case want != "" && forms[0] != want:
		v.errorf(at.field(string(forms[0])), "invalid-value", "a promise on %q states its value in %s, not %s", p.Topic, want, forms[0])
	}
}
