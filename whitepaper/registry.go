package whitepaper

import (
	"fmt"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"reflect"
	"regexp"
)

// SectionID is the stable identity of a section: of a standard section in
// [Sections], or of a [CustomSection].
type SectionID string

// The standard sections, in the order of [Sections].
const (
	SectionPurpose             SectionID = "purpose"
	SectionGovernance          SectionID = "governance"
	SectionResponsibilities    SectionID = "responsibilities"
	SectionDataLocation        SectionID = "data-location"
	SectionPersonnel           SectionID = "personnel"
	SectionDataDeletion        SectionID = "data-deletion"
	SectionLabelling           SectionID = "labelling"
	SectionUserRegistration    SectionID = "user-registration"
	SectionAccessRights        SectionID = "access-rights"
	SectionAdminAuthentication SectionID = "admin-authentication"
	SectionPasswords           SectionID = "passwords"
	SectionSecuritySettings    SectionID = "security-settings"
	SectionOperatorAccess      SectionID = "operator-access"
	SectionIsolation           SectionID = "isolation"
	SectionCryptography        SectionID = "cryptography"
	SectionPhysicalSecurity    SectionID = "physical-security"
	SectionPhysicalDisposal    SectionID = "physical-disposal"
	SectionManuals             SectionID = "manuals"
	SectionChangeManagement    SectionID = "change-management"
	SectionCapacity            SectionID = "capacity"
	SectionBackup              SectionID = "backup"
	SectionLogging             SectionID = "logging"
	SectionClockSync           SectionID = "clock-sync"
	SectionMonitoring          SectionID = "monitoring"
	SectionVulnerabilities     SectionID = "vulnerabilities"
	SectionNetworkSecurity     SectionID = "network-security"
	SectionSecureDevelopment   SectionID = "secure-development"
	SectionSubprocessors       SectionID = "subprocessors"
	SectionIncidentResponse    SectionID = "incident-response"
	SectionApplicableLaw       SectionID = "applicable-law"
	SectionCertifications      SectionID = "certifications"
	SectionDataUse             SectionID = "data-use"
	SectionPrivacy             SectionID = "privacy"
	SectionAvailability        SectionID = "availability"
	SectionSupport             SectionID = "support"
	SectionContract            SectionID = "contract"
	SectionLinkedServices      SectionID = "linked-services"
	SectionOtherSafeguards     SectionID = "other-safeguards"
	SectionAdoption            SectionID = "adoption"
	SectionContact             SectionID = "contact"
)

// SectionInfo describes a standard section.
type SectionInfo struct {
	// ID is the section's stable identity.
	ID SectionID
	// Field is the section's property name in YAML and JSON documents.
	Field string
	// Controls lists the ISO/IEC 27017 controls the section answers: the
	// items on which the standard asks a cloud provider to inform its
	// customers. It is empty for sections no control asks for.
	Controls []string
	// Standards names other standards whose disclosure items the section
	// answers, such as "ISO/IEC 27018".
	Standards []string
}

// sections is the registry. Sections that answer ISO/IEC 27017 controls
// follow the order of those controls; the others come after them, and the
// contact block comes last, as in a published whitepaper.
var sections = []SectionInfo{
	{ID: SectionPurpose, Field: "purpose"},
	{ID: SectionGovernance, Field: "governance", Controls: []string{"5.1.1"}},
	{ID: SectionResponsibilities, Field: "responsibilities", Controls: []string{"6.1.1", "CLD.6.3.1"}},
	{ID: SectionDataLocation, Field: "dataLocation", Controls: []string{"6.1.3"}},
	{ID: SectionPersonnel, Field: "personnel", Controls: []string{"7.2.2"}},
	{ID: SectionDataDeletion, Field: "dataDeletion", Controls: []string{"CLD.8.1.5"}},
	{ID: SectionLabelling, Field: "labelling", Controls: []string{"8.2.2"}},
	{ID: SectionUserRegistration, Field: "userRegistration", Controls: []string{"9.2.1"}},
	{ID: SectionAccessRights, Field: "accessRights", Controls: []string{"9.2.2"}},
	{ID: SectionAdminAuthentication, Field: "adminAuthentication", Controls: []string{"9.2.3"}},
	{ID: SectionPasswords, Field: "passwords", Controls: []string{"9.2.4"}},
	{ID: SectionSecuritySettings, Field: "securitySettings"},
	{ID: SectionOperatorAccess, Field: "operatorAccess"},
	{ID: SectionIsolation, Field: "isolation", Controls: []string{"CLD.9.5.1"}},
	{ID: SectionCryptography, Field: "cryptography", Controls: []string{"10.1.1", "18.1.5"}},
	{ID: SectionPhysicalSecurity, Field: "physicalSecurity"},
	{ID: SectionPhysicalDisposal, Field: "physicalDisposal", Controls: []string{"11.2.7"}},
	{ID: SectionManuals, Field: "manuals", Controls: []string{"12.1.1", "CLD.12.1.5"}},
	{ID: SectionChangeManagement, Field: "changeManagement", Controls: []string{"12.1.2"}},
	{ID: SectionCapacity, Field: "capacity", Controls: []string{"12.1.3"}},
	{ID: SectionBackup, Field: "backup", Controls: []string{"12.3.1"}},
	{ID: SectionLogging, Field: "logging", Controls: []string{"12.4.1", "18.1.3"}},
	{ID: SectionClockSync, Field: "clockSync", Controls: []string{"12.4.4"}},
	{ID: SectionMonitoring, Field: "monitoring", Controls: []string{"CLD.12.4.5"}},
	{ID: SectionVulnerabilities, Field: "vulnerabilities", Controls: []string{"12.6.1"}},
	{ID: SectionNetworkSecurity, Field: "networkSecurity", Controls: []string{"12.2.1", "13.1.3"}},
	{ID: SectionSecureDevelopment, Field: "secureDevelopment", Controls: []string{"14.2.1"}},
	{ID: SectionSubprocessors, Field: "subprocessors", Controls: []string{"15.1.2", "15.1.3"}},
	{ID: SectionIncidentResponse, Field: "incidentResponse", Controls: []string{"16.1.1", "16.1.2", "16.1.7"}},
	{ID: SectionApplicableLaw, Field: "applicableLaw", Controls: []string{"18.1.1"}},
	{ID: SectionCertifications, Field: "certifications", Controls: []string{"18.2.1"}},
	{ID: SectionDataUse, Field: "dataUse", Standards: []string{"ISO/IEC 27018"}},
	{ID: SectionPrivacy, Field: "privacy", Standards: []string{"ISO/IEC 27018"}},
	{ID: SectionAvailability, Field: "availability"},
	{ID: SectionSupport, Field: "support"},
	{ID: SectionContract, Field: "contract"},
	{ID: SectionLinkedServices, Field: "linkedServices"},
	{ID: SectionOtherSafeguards, Field: "otherSafeguards"},
	{ID: SectionAdoption, Field: "adoption"},
	{ID: SectionContact, Field: "contact"},
}

// sectionField maps a section ID to the index of its field in Document.
var sectionField = func() map[SectionID]int {
	m := make(map[SectionID]int, len(sections))
	t := reflect.TypeFor[Document]()
	for _, s := range sections {
		for i := range t.NumField() {
			if reflectx.JSONName(t.Field(i)) == s.Field {
				m[s.ID] = i
			}
		}
		if _, ok := m[s.ID]; !ok {
			panic(fmt.Sprintf("whitepaper: section %s has no field %s", s.ID, s.Field))
		}
	}
	return m
}()

// Sections returns the standard sections in their canonical order: the
// order of ISO/IEC 27017 controls, then the sections no control asks for,
// with the contact block last.
func Sections() []SectionInfo {
	out := make([]SectionInfo, len(sections))
	copy(out, sections)
	return out
}

// LookupSection returns the standard section with the ID.
func LookupSection(id SectionID) (SectionInfo, bool) {
	for _, s := range sections {
		if s.ID == id {
			return s, true
		}
	}
	return SectionInfo{}, false
}

// Section is implemented by every section type: *Backup, *Logging and the
// others, and *CustomSection. It gives access to what all sections share.
type Section interface {
	SectionNotes() *Notes
}

// Section returns the section with the ID, standard or custom, or nil when
// the document does not have it.
func (d *Document) Section(id SectionID) Section {
	if i, ok := sectionField[id]; ok {
		v := reflect.ValueOf(d).Elem().Field(i)
		if v.IsNil() {
			return nil
		}
		return v.Interface().(Section)
	}
	for i := range d.Custom {
		if SectionID(d.Custom[i].ID) == id {
			return &d.Custom[i]
		}
	}
	return nil
}

var idRE = regexp.MustCompile(idPattern)
