package diff

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Ignore lists changes to leave out, by rule ID and path, each with a
// reason. Never by message text: messages change with wording and language.
type Ignore []IgnoreEntry

// IgnoreEntry leaves out the changes of one rule at matching paths.
type IgnoreEntry struct {
	// Rule is the rule ID.
	Rule string `yaml:"rule"`
	// Path is the change's path, or a prefix of paths followed by "*".
	Path string `yaml:"path"`
	// Reason says why the change is accepted.
	Reason string `yaml:"reason"`
}

// ParseIgnore reads an ignore file:
//
//   - rule: subprocessor-added
//     path: /subprocessors/services[name=Zoho]
//     reason: announced to customers on 2021-06-01
func ParseIgnore(data []byte) (Ignore, error) {
	var ig Ignore
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&ig); err != nil {
		return nil, fmt.Errorf("ignore file: %v", err)
	}
	ids := Rules()
	for i, e := range ig {
		if !slices.ContainsFunc(ids, func(r Rule) bool { return r.ID == e.Rule }) {
			return nil, fmt.Errorf("ignore file: entry %d: unknown rule %q", i+1, e.Rule)
		}
		if e.Path == "" || strings.TrimSpace(e.Reason) == "" {
			return nil, fmt.Errorf("ignore file: entry %d: needs a path and a reason", i+1)
		}
	}
	return ig, nil
}

// Filter leaves out the ignored changes.
func (ig Ignore) Filter(cs []Classified) []Classified {
	return slices.DeleteFunc(slices.Clone(cs), func(c Classified) bool {
		p := c.Path.String()
		return slices.ContainsFunc(ig, func(e IgnoreEntry) bool {
			if e.Rule != c.Rule {
				return false
			}
			if prefix, ok := strings.CutSuffix(e.Path, "*"); ok {
				return strings.HasPrefix(p, prefix)
			}
			return e.Path == p
		})
	})
}
