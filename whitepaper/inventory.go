package whitepaper

// This file holds the data and privacy facts of a whitepaper that the
// first model left to prose: whose personal data the service holds and
// which items (the data inventory), how data is pseudonymised, and the
// vendor's transparency reports on requests from governments.

// DataInventory lists the personal data the service holds: whose it is
// (pupils, guardians, staff, applicants), which items each of them
// registers, which of those are optional, how a sector's guideline classes
// them, and which the vendor states it does not collect.
type DataInventory struct {
	// Subjects lists the people whose data the service holds, each with
	// the items registered for them.
	Subjects []DataSubject `json:"subjects,omitempty"`
	// Note words the inventory as the document does.
	Note Text `json:"note,omitzero"`
}

// DataSubject is one kind of person whose personal data the service
// holds, with the items held about them.
type DataSubject struct {
	// Role is who they are, such as student, guardian or teacher.
	Role Role `json:"role" whitepaper:"key,required"`
	Applicability
	// Name is the document's own name for them, such as "児童生徒".
	Name Text `json:"name,omitzero"`
	// Items lists the data items held about them, and those the document
	// states are not collected.
	Items []DataItem `json:"items,omitempty"`
	// Note words what the document says of them.
	Note Text `json:"note,omitzero"`
}

// DataItem is one item of personal data held about a [DataSubject], such
// as a pupil's name, or one the document states is not collected.
type DataItem struct {
	// Category is the kind of data, such as name or email-address.
	Category DataCategory `json:"category" whitepaper:"key,required"`
	Applicability
	// Name is the item as the document names it, such as "氏名（ふりがな）".
	Name Text `json:"name,omitzero"`
	// Collected is false when the document states the item is not
	// collected; absent or true when it is.
	Collected *bool `json:"collected,omitempty" whitepaper:"better=false,rule=data-item-collected"`
	// Optional is whether the customer or the person may leave the item
	// out (a pupil's real name, where a nickname will do).
	Optional *bool `json:"optional,omitempty" whitepaper:"better=true,rule=data-item-optional"`
	// Classes lists the classes guidelines or the vendor give the item,
	// one per scheme, such as the education guideline's importance
	// class III.
	Classes []Classification `json:"classes,omitempty"`
	// Note words the item as the document does.
	Note Text `json:"note,omitzero"`
}

// Classification is the class of an information asset under a scheme,
// such as 重要性分類 III under the MEXT education guideline.
type Classification struct {
	// Scheme is the classification scheme.
	Scheme ClassificationScheme `json:"scheme" whitepaper:"key,required"`
	// Level is the class under the scheme, as the scheme writes it, such
	// as "III" or "confidential".
	Level string `json:"level" whitepaper:"required"`
}

// ClassificationScheme is a scheme that classes information assets.
type ClassificationScheme string

// The values of ClassificationScheme.
const (
	// SchemeMEXTImportance is the importance classes I to IV of the MEXT
	// guideline on education information security policies (重要性分類).
	SchemeMEXTImportance ClassificationScheme = "mext-importance"
	// SchemeVendor is the vendor's own classification.
	SchemeVendor ClassificationScheme = "vendor"
)

var classificationSchemeValues = []ClassificationScheme{SchemeMEXTImportance, SchemeVendor}

// Values lists every ClassificationScheme, in a stable order.
func (ClassificationScheme) Values() []ClassificationScheme { return classificationSchemeValues }

// UnmarshalText parses a ClassificationScheme.
func (x *ClassificationScheme) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "classification scheme", classificationSchemeValues)
}

func (x ClassificationScheme) check() error {
	return checkEnum(x, "classification scheme", classificationSchemeValues)
}

// Pseudonymisation is how one kind of personal data is pseudonymised or
// anonymised, with the parameters the document gives: "the IP address and
// user agent are hashed with a salt that is rotated and deleted every 24
// hours; the raw values are never stored".
type Pseudonymisation struct {
	// Method is how the data is transformed.
	Method DeidentificationMethod `json:"method" whitepaper:"key,required"`
	Applicability
	// Data lists the items transformed, such as ip-address and
	// device-information.
	Data []DataCategory `json:"data,omitempty" whitepaper:"set"`
	// Rotation is how often the salt or key is replaced, such as daily.
	Rotation Frequency `json:"rotation,omitzero" whitepaper:"better=lower,rule=pseudonymisation-rotation"`
	// KeyRetention is how long a salt or key is kept, such as "at most 24
	// hours"; after that the values can no longer be linked.
	KeyRetention Duration `json:"keyRetention,omitzero" whitepaper:"better=lower,rule=pseudonymisation-key-retention"`
	// RawStored is whether the raw values are stored as well; false when
	// the document states they never are.
	RawStored *bool `json:"rawStored,omitempty" whitepaper:"better=false,rule=pseudonymisation-raw-stored"`
	// ReIdentification is whether the vendor re-identifies people from
	// the transformed data; false when the document states it does not.
	ReIdentification *bool `json:"reIdentification,omitempty" whitepaper:"better=false,rule=pseudonymisation-re-identification"`
	// Note words the arrangement as the document does.
	Note Text `json:"note,omitzero"`
}

// DeidentificationMethod is how personal data is pseudonymised or
// anonymised.
type DeidentificationMethod string

// The values of DeidentificationMethod.
const (
	// DeidentSaltedHash is a hash with a salt.
	DeidentSaltedHash DeidentificationMethod = "salted-hash"
	// DeidentKeyedHash is a hash with a secret key (HMAC).
	DeidentKeyedHash DeidentificationMethod = "keyed-hash"
	// DeidentHash is a plain hash.
	DeidentHash DeidentificationMethod = "hash"
	// DeidentTokenisation replaces values by tokens kept in a separate table.
	DeidentTokenisation DeidentificationMethod = "tokenisation"
	// DeidentAnonymousID gives people an ID that carries no personal
	// data, such as a pupil's number in place of a name.
	DeidentAnonymousID DeidentificationMethod = "anonymous-id"
	// DeidentTruncation drops part of a value, such as the last octet of
	// an IP address.
	DeidentTruncation DeidentificationMethod = "truncation"
	// DeidentAggregation keeps only statistics over many people.
	DeidentAggregation DeidentificationMethod = "aggregation"
	// DeidentAnonymisation makes data anonymous by a method the document
	// does not name.
	DeidentAnonymisation DeidentificationMethod = "anonymisation"
)

var deidentificationMethodValues = []DeidentificationMethod{
	DeidentSaltedHash, DeidentKeyedHash, DeidentHash, DeidentTokenisation,
	DeidentAnonymousID, DeidentTruncation, DeidentAggregation, DeidentAnonymisation,
}

// Values lists every DeidentificationMethod, in a stable order.
func (DeidentificationMethod) Values() []DeidentificationMethod {
	return deidentificationMethodValues
}

// UnmarshalText parses a DeidentificationMethod.
func (x *DeidentificationMethod) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "de-identification method", deidentificationMethodValues)
}

func (x DeidentificationMethod) check() error {
	return checkEnum(x, "de-identification method", deidentificationMethodValues)
}

// TransparencyReport is a report the vendor publishes on requests for
// customer data from governments and others, with its counts.
type TransparencyReport struct {
	Applicability
	// Name is the report's title.
	Name Text `json:"name,omitzero"`
	// URL is where it is published.
	URL URL `json:"url,omitempty"`
	// Frequency is how often it is published, such as every 6 months.
	Frequency Frequency `json:"frequency,omitzero" whitepaper:"better=lower,rule=transparency-report-frequency"`
	// Counts lists the requests received per period and kind.
	Counts []RequestCount `json:"counts,omitempty"`
	// Note words the report as the document does.
	Note Text `json:"note,omitzero"`
}

// RequestCount is how many requests for customer data of one kind the
// vendor received in one period, and what came of them. Counts are facts
// about the requesters, not promises, so they have no direction.
type RequestCount struct {
	// From is the first day of the period.
	From Date `json:"from" whitepaper:"key,required"`
	// To is the last day of the period.
	To Date `json:"to" whitepaper:"key,required"`
	// Requester is who asked.
	Requester Requester `json:"requester" whitepaper:"key,required"`
	// Requests is how many requests were received.
	Requests Count `json:"requests,omitzero" whitepaper:"unit=requests"`
	// Accounts is how many customers or accounts the requests concerned.
	Accounts Count `json:"accounts,omitzero" whitepaper:"unit=accounts|customers"`
	// Disclosed is how many requests data was disclosed for.
	Disclosed Count `json:"disclosed,omitzero" whitepaper:"unit=requests"`
}

// Requester is who asks a vendor for customer data.
type Requester string

// The values of Requester.
const (
	// RequesterGovernment is any government body, the kind not told apart.
	RequesterGovernment Requester = "government"
	// RequesterLawEnforcement is the police and prosecutors.
	RequesterLawEnforcement Requester = "law-enforcement"
	// RequesterNationalSecurity is intelligence and national-security bodies.
	RequesterNationalSecurity Requester = "national-security"
	// RequesterCivil is parties to civil proceedings.
	RequesterCivil Requester = "civil"
)

var requesterValues = []Requester{RequesterGovernment, RequesterLawEnforcement, RequesterNationalSecurity, RequesterCivil}

// Values lists every Requester, in a stable order.
func (Requester) Values() []Requester { return requesterValues }

// UnmarshalText parses a Requester.
func (x *Requester) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "requester", requesterValues)
}

func (x Requester) check() error { return checkEnum(x, "requester", requesterValues) }
