package whitepaper

import (
	"golang.org/x/text/language"
)

// The lookups below find the items of a document by the keys the model
// declares, as a portal showing one whitepaper needs them. Keys compare
// exactly, as they do in validation; a missing item, or a missing section,
// gives nil.

// Subprocessor returns the subprocessor with the name, such as "SendGrid".
func (doc *Document) Subprocessor(name string) *Subprocessor {
	if doc.Subprocessors == nil {
		return nil
	}
	for i := range doc.Subprocessors.Services {
		if doc.Subprocessors.Services[i].Name == name {
			return &doc.Subprocessors.Services[i]
		}
	}
	return nil
}

// Certification returns the certification of the standard held by the
// organisation with the ID holder (the vendor's or a provider's ID).
func (doc *Document) Certification(standard Standard, holder string) *Certification {
	if doc.Certifications == nil {
		return nil
	}
	for i := range doc.Certifications.Certifications {
		c := &doc.Certifications.Certifications[i]
		if c.Standard == standard && c.Holder == holder {
			return c
		}
	}
	return nil
}

// CertificationsOf returns the certifications held by the organisation
// with the ID, in document order.
func (doc *Document) CertificationsOf(holder string) []*Certification {
	if doc.Certifications == nil {
		return nil
	}
	var out []*Certification
	for i := range doc.Certifications.Certifications {
		if c := &doc.Certifications.Certifications[i]; c.Holder == holder {
			out = append(out, c)
		}
	}
	return out
}

// Service returns the service with the ID.
func (doc *Document) Service(id string) *Service {
	for i := range doc.Services {
		if doc.Services[i].ID == id {
			return &doc.Services[i]
		}
	}
	return nil
}

// Organization returns the organisation with the ID: the vendor or one of
// the providers, as a certification's holder or a region's provider names
// them.
func (doc *Document) Organization(id string) *Organization {
	if doc.Vendor.ID == id {
		return &doc.Vendor
	}
	for i := range doc.Providers {
		if doc.Providers[i].ID == id {
			return &doc.Providers[i]
		}
	}
	return nil
}

// Revision returns the entry of the revision history for the version.
func (doc *Document) Revision(version string) *Revision {
	for i := range doc.Revisions {
		if doc.Revisions[i].Version == version {
			return &doc.Revisions[i]
		}
	}
	return nil
}

// Text returns t in the language that best fits a reader who prefers the
// languages given, falling back as a rendered page does: the first
// preferred language the text has (a regional tag such as en-GB takes the
// text in en), else the document's default language, else the document's
// languages in order, else any. used is the language of s; both are empty
// for an empty text.
func (doc *Document) Text(t Text, prefs ...language.Tag) (s string, used language.Tag) {
	if len(t) == 0 {
		return "", language.Und
	}
	for _, p := range prefs {
		if s, ok := t[p]; ok {
			return s, p
		}
		base, _ := p.Base()
		for _, tag := range t.Languages() {
			if b, _ := tag.Base(); b == base {
				return t[tag], tag
			}
		}
	}
	order := append([]language.Tag{doc.DefaultLanguage}, doc.Languages...)
	if s, tag, ok := t.In(order...); ok {
		return s, tag
	}
	tag := t.Languages()[0]
	return t[tag], tag
}
