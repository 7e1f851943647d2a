package whitepaper

// Cryptography covers encryption in transit and at rest (ISO/IEC 27017
// 10.1.1, 18.1.5).
type Cryptography struct {
	// InTransit lists how data in transit is protected.
	InTransit []TransitProtection `json:"inTransit,omitempty" whitepaper:"more=better"`
	// AtRest lists how stored data is protected.
	AtRest []RestProtection `json:"atRest,omitempty" whitepaper:"more=better"`
	// KeyManagement words how keys are managed.
	KeyManagement Text `json:"keyManagement,omitzero"`
	// KeyStore names where keys are kept, such as "AWS KMS" or an HSM.
	KeyStore string `json:"keyStore,omitempty"`
	// KeyRotation is how often keys are replaced.
	KeyRotation Frequency `json:"keyRotation,omitzero"`
	// PasswordHashing says how user passwords are stored.
	PasswordHashing *PasswordHashing `json:"passwordHashing,omitempty"`
	// CookieFlags lists the protective attributes of the service's cookies.
	CookieFlags []CookieFlag `json:"cookieFlags,omitempty" whitepaper:"set,more=better"`
	// CustomerManagedKeys is whether customers can bring their own keys.
	CustomerManagedKeys *bool `json:"customerManagedKeys,omitempty"`
	Notes
}

// TransitProtection is how one kind of traffic is protected.
type TransitProtection struct {
	// Scope is which traffic; empty when the document does not say.
	Scope TransitScope `json:"scope,omitempty" whitepaper:"key"`
	// Protocol is the protocol; empty when the document only says "encrypted".
	Protocol Protocol `json:"protocol,omitempty" whitepaper:"key"`
	Applicability
	// Provided is false when the document states this traffic is not
	// encrypted.
	Provided *bool `json:"provided,omitempty" whitepaper:"better=true"`
	// MinVersion is the lowest TLS version accepted.
	MinVersion TLSVersion `json:"minVersion,omitempty" whitepaper:"better=higher,rule=tls-min-version"`
	// Disabled lists protocol versions stated as switched off, such as TLS 1.0 and 1.1.
	Disabled []TLSVersion `json:"disabled,omitempty" whitepaper:"set,more=better"`
	// HSTS is whether browsers are told to use HTTPS only (HTTP Strict
	// Transport Security).
	HSTS *bool `json:"hsts,omitempty" whitepaper:"better=true"`
	// HSTSPreload is whether the domain is on the browsers' HSTS preload list.
	HSTSPreload *bool `json:"hstsPreload,omitempty"`
	// CertificateKey is the size of the certificate's key, such as "2048 bits".
	CertificateKey Count `json:"certificateKey,omitzero" whitepaper:"better=higher,unit=bits"`
	// CertificateSignature names the certificate's signature algorithm,
	// such as "SHA-256 with RSA".
	CertificateSignature string `json:"certificateSignature,omitempty"`
	// CertificateAuthority names who issued the certificate.
	CertificateAuthority string `json:"certificateAuthority,omitempty"`
	// CipherSuites lists the cipher suites named.
	CipherSuites []string `json:"cipherSuites,omitempty" whitepaper:"set"`
	// Algorithms lists the algorithms named, such as "SHA-256".
	Algorithms []string `json:"algorithms,omitempty" whitepaper:"set"`
	// Note words the protection as the document does.
	Note Text `json:"note,omitzero"`
}

// RestProtection is how one kind of stored data is protected.
type RestProtection struct {
	// Data is what is protected.
	Data DataKind `json:"data" whitepaper:"key,required"`
	Applicability
	// Method is how; "none" states the data is stored unprotected.
	Method ProtectionMethod `json:"method" whitepaper:"required"`
	// FieldLevel is whether single fields are encrypted, each with a key of its own.
	FieldLevel *bool `json:"fieldLevel,omitempty"`
	// Algorithm is the algorithm named, such as "AES-256".
	Algorithm string `json:"algorithm,omitempty"`
	// Note words the protection as the document does.
	Note Text `json:"note,omitzero"`
}

// PasswordHashing says how user passwords are stored.
type PasswordHashing struct {
	// Algorithm names the hash function, such as "bcrypt".
	Algorithm string `json:"algorithm,omitempty"`
	// Cost is the work factor, such as "10".
	Cost string `json:"cost,omitempty"`
	// Salted is whether each password is hashed with a salt of its own.
	Salted *bool `json:"salted,omitempty"`
}

// Measure is a security measure, technical, physical or organisational,
// in place or stated as not in place: a web application firewall, CCTV in
// the data centre, a security committee.
type Measure struct {
	// Kind is the measure.
	Kind MeasureKind `json:"kind" whitepaper:"key,required"`
	Applicability
	// Provided is false when the document states the measure is not in
	// place; absent or true when it is.
	Provided *bool `json:"provided,omitempty" whitepaper:"better=true"`
	// Name names the product or practice, such as "AWS WAF".
	Name Text `json:"name,omitzero"`
	// Provider is the ID of the provider in [Document.Providers] that
	// operates the measure, when the vendor does not.
	Provider string `json:"provider,omitempty" whitepaper:"ref=provider"`
	// Frequency is how often it is done or updated, such as daily pattern
	// updates or a yearly review.
	Frequency Frequency `json:"frequency,omitzero"`
	// Note words the measure as the document does.
	Note Text `json:"note,omitzero"`
}

// Isolation covers how customers are separated from each other in a
// shared service (ISO/IEC 27017 CLD.9.5.1).
type Isolation struct {
	// Models lists the tenancy models offered, such as logical separation
	// for all and a dedicated environment as a paid option.
	Models []IsolationModel `json:"models,omitempty"`
	Notes
}

// IsolationModel is one way customers are separated.
type IsolationModel struct {
	// Tenancy is the model.
	Tenancy Tenancy `json:"tenancy" whitepaper:"key,required"`
	Applicability
	// Provided is false when the document states the model is not offered.
	Provided *bool `json:"provided,omitempty"`
	// Note words the model as the document does.
	Note Text `json:"note,omitzero"`
}

// PhysicalSecurity covers the physical security of the data centres
// (ISO/IEC 27017 11.1).
type PhysicalSecurity struct {
	// DelegatedTo is the ID of the provider in [Document.Providers] whose
	// data centres hold the service, when the vendor has none of its own.
	DelegatedTo string `json:"delegatedTo,omitempty" whitepaper:"ref=provider"`
	// Measures lists the physical measures, such as CCTV and biometric entry.
	Measures []Measure `json:"measures,omitempty" whitepaper:"kinds=cctv|intrusion-detection|biometric-entry|multi-factor-entry|guards|undisclosed-location|disaster-siting|redundant-power|redundant-network|fire-suppression|multi-zone|no-single-point-of-failure"`
	Notes
}

// NetworkSecurity covers network protection, malware protection and the
// vendor's monitoring of the service (ISO/IEC 27017 12.2.1, 13.1).
type NetworkSecurity struct {
	// Measures lists the measures, such as a firewall, a WAF or DDoS protection.
	Measures []Measure `json:"measures,omitempty" whitepaper:"kinds=firewall|waf|ddos-protection|ids|ips|anti-malware|edr|network-segmentation|vpn|bastion|ip-blocking|threat-detection|siem"`
	// Monitoring is when the vendor watches the service, such as "24x7".
	Monitoring Schedule `json:"monitoring,omitzero"`
	// Alerts is whether alerts fire on thresholds, such as disk usage.
	Alerts *bool `json:"alerts,omitempty"`
	Notes
}

// PhysicalDisposal covers the secure disposal and reuse of equipment
// (ISO/IEC 27017 11.2.7).
type PhysicalDisposal struct {
	// DelegatedTo is the ID of the provider in [Document.Providers] that
	// disposes of equipment, when the vendor has none of its own.
	DelegatedTo string `json:"delegatedTo,omitempty" whitepaper:"ref=provider"`
	// Standard names the disposal standard followed, such as "NIST SP 800-88".
	Standard string `json:"standard,omitempty"`
	Notes
}
