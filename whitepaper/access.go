package whitepaper

// Labelling covers how customers can label and group their information and
// users (ISO/IEC 27017 8.2.2).
type Labelling struct {
	// UserGroups is whether customers can group users into groups they define.
	UserGroups *bool `json:"userGroups,omitempty"`
	// DataLabels is whether customers can label data items.
	DataLabels *bool `json:"dataLabels,omitempty"`
	Notes
}

// UserRegistration covers registering and removing users (ISO/IEC 27017 9.2.1).
type UserRegistration struct {
	// CustomerManaged is whether the customer registers and deletes users itself.
	CustomerManaged *bool `json:"customerManaged,omitempty"`
	// BulkImport is whether users can be registered in bulk, such as from CSV.
	BulkImport *bool `json:"bulkImport,omitempty"`
	// Provisioning is whether users can be provisioned automatically, such as with SCIM.
	Provisioning *bool `json:"provisioning,omitempty"`
	Notes
}

// AccessRights covers how access rights are granted (ISO/IEC 27017 9.2.2).
type AccessRights struct {
	// CustomerAssigned is whether the customer grants access rights to its users.
	CustomerAssigned *bool `json:"customerAssigned,omitempty"`
	// Roles lists the roles the service offers.
	Roles []AccessRole `json:"roles,omitempty"`
	// DefaultsConfigurable is whether the customer can change the
	// permissions new users get by default.
	DefaultsConfigurable *bool `json:"defaultsConfigurable,omitempty"`
	Notes
}

// AccessRole is a role a customer can give its users.
type AccessRole struct {
	// ID names the role; lower-case letters, digits and hyphens.
	ID string `json:"id" whitepaper:"key,required"`
	// Name is the role's name in the service.
	Name Text `json:"name" whitepaper:"required"`
	// Description says what the role can do.
	Description Text `json:"description,omitzero"`
	// FullAccess is whether the role can use every function regardless of
	// other permissions.
	FullAccess *bool `json:"fullAccess,omitempty"`
}

// AdminAuthentication covers how administrators authenticate (ISO/IEC 27017 9.2.3).
type AdminAuthentication struct {
	// MFA is whether administrators can (or must) use multi-factor authentication.
	MFA *bool `json:"mfa,omitempty" whitepaper:"better=true,rule=admin-mfa"`
	// MFARequired is whether multi-factor authentication is mandatory for administrators.
	MFARequired *bool `json:"mfaRequired,omitempty"`
	// MFAMethods lists the second factors offered.
	MFAMethods []AuthMethod `json:"mfaMethods,omitempty" whitepaper:"set,more=better"`
	// SSO is whether administrators can log in with single sign-on.
	SSO *bool `json:"sso,omitempty"`
	// SSOProtocols lists the single sign-on protocols supported.
	SSOProtocols []SSOProtocol `json:"ssoProtocols,omitempty" whitepaper:"set"`
	Notes
}

// Passwords covers the management of users' passwords (ISO/IEC 27017 9.2.4).
type Passwords struct {
	// Distribution lists the ways initial passwords reach new users.
	Distribution []Distribution `json:"distribution,omitempty"`
	// ChangeAtFirstLogin is whether users must change the initial password
	// when they first log in.
	ChangeAtFirstLogin *bool `json:"changeAtFirstLogin,omitempty"`
	// SelfServiceReset is whether users can reset a forgotten password themselves.
	SelfServiceReset *bool `json:"selfServiceReset,omitempty"`
	// MinLength is the minimum password length, such as "8 characters".
	MinLength Count `json:"minLength,omitzero" whitepaper:"better=higher,unit=characters"`
	// Complexity is whether passwords must mix kinds of characters.
	Complexity *bool `json:"complexity,omitempty"`
	// MaxAge is how long a password may be used before it must be changed.
	MaxAge Duration `json:"maxAge,omitzero"`
	// History is how many earlier passwords may not be used again.
	History Count `json:"history,omitzero" whitepaper:"unit=generations"`
	// Lockout is after how many failed attempts an account is locked.
	Lockout Count `json:"lockout,omitzero" whitepaper:"better=lower,unit=attempts"`
	Notes
}

// Distribution is one way an initial password reaches a user.
type Distribution struct {
	// From is who hands out the password.
	From Role `json:"from" whitepaper:"key,required"`
	// To is who receives it.
	To Role `json:"to" whitepaper:"key,required"`
	// Method is how; empty when the document does not say.
	Method DistributionMethod `json:"method,omitempty" whitepaper:"key"`
	// Note words the way as the document does.
	Note Text `json:"note,omitzero"`
}

// SecuritySettings lists the security settings customers can switch on.
type SecuritySettings struct {
	// Settings lists them, one per kind.
	Settings []Setting `json:"settings,omitempty"`
	Notes
}

// Setting is a security setting a customer can switch on.
type Setting struct {
	// Kind is what the setting does.
	Kind SettingKind `json:"kind" whitepaper:"key,required"`
	// Available is whether the service offers it.
	Available *bool `json:"available" whitepaper:"required"`
	// Default is whether it is on unless the customer switches it off.
	Default *bool `json:"default,omitempty"`
	Applicability
	// Value is a duration the setting takes, such as a session time-out.
	Value Duration `json:"value,omitzero"`
	// Note words the setting as the document does.
	Note Text `json:"note,omitzero"`
}

// OperatorAccess covers who at the vendor can reach customer data, and how.
type OperatorAccess struct {
	// Restricted is whether only some named staff can access customer data.
	Restricted *bool `json:"restricted,omitempty" whitepaper:"better=true,rule=operator-access-restricted"`
	// Mode is the staff's access by default: none, on request, just in
	// time, or standing.
	Mode StaffAccess `json:"mode,omitempty"`
	// Staff is how many staff have access, such as "3 people".
	Staff Count `json:"staff,omitzero" whitepaper:"better=lower,unit=people|employees"`
	// Who names the staff who can, such as "part of the development team".
	Who Text `json:"who,omitzero"`
	// JustInTime is whether access is granted only when needed, for a limited time.
	JustInTime *bool `json:"justInTime,omitempty"`
	// CustomerApproval is whether access needs the customer's approval.
	CustomerApproval *bool `json:"customerApproval,omitempty"`
	// VendorApproval is whether staff need the vendor's own approval to
	// process customer data.
	VendorApproval *bool `json:"vendorApproval,omitempty"`
	// MFA is whether staff access needs multi-factor authentication.
	MFA *bool `json:"mfa,omitempty"`
	// Audited is whether staff access is logged and reviewed.
	Audited *bool `json:"audited,omitempty" whitepaper:"better=true"`
	// ManagedDevicesOnly is whether staff reach customer data only from
	// devices the vendor manages.
	ManagedDevicesOnly *bool `json:"managedDevicesOnly,omitempty"`
	// ProtectedNetworkOnly is whether staff reach customer data only
	// through a protected network, such as a VPN or a bastion host.
	ProtectedNetworkOnly *bool `json:"protectedNetworkOnly,omitempty"`
	// SeparatedDuties is whether physical and logical access are given to
	// different staff.
	SeparatedDuties *bool `json:"separatedDuties,omitempty"`
	Notes
}
