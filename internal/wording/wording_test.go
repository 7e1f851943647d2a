package wording

import (
	"reflect"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
)

func TestClip(t *testing.T) {
	assert.Equal(t, "abc", Clip("abc", 3))
	assert.Equal(t, "ab…", Clip("abc", 2))
	assert.Equal(t, "日本…", Clip("日本語", 2), "cuts characters, not bytes")
}

func TestNamesAndRef(t *testing.T) {
	doc := &whitepaper.Document{
		Vendor:    whitepaper.Organization{ID: "acme", Name: whitepaper.T("ja", "アクメ", "en", "Acme")},
		Providers: []whitepaper.Organization{{ID: "aws", Name: whitepaper.T("en", "Amazon Web Services")}},
	}
	n := NewNames(doc)
	assert.Equal(t, "acme", n.Vendor)
	ja, en := locale.Japanese(), locale.English()
	assert.Equal(t, "アクメ", Ref(reflect.ValueOf("acme"), whitepaper.RefOrganization, n, ja))
	assert.Equal(t, "Acme", Ref(reflect.ValueOf("acme"), whitepaper.RefOrganization, n, en))
	assert.Equal(t, "Amazon Web Services", Ref(reflect.ValueOf("aws"), whitepaper.RefProvider, n, ja), "falls back on the language the name has")
	assert.Equal(t, "other", Ref(reflect.ValueOf("other"), whitepaper.RefProvider, n, ja), "an undeclared ID as written")
	assert.Equal(t, "acme", Ref(reflect.ValueOf("acme"), whitepaper.RefOrganization, nil, ja), "nil names resolve nothing")
}

func TestValue(t *testing.T) {
	ja, en := locale.Japanese(), locale.English()
	d, err := whitepaper.ParseDuration("72 hours")
	assert.NoError(t, err)
	assert.Equal(t, ja.Duration(d), Value(reflect.ValueOf(d), nil, ja))
	assert.Equal(t, "Japan", Value(reflect.ValueOf(whitepaper.Place("JP")), nil, en))
	assert.Equal(t, "日本", Value(reflect.ValueOf(whitepaper.Place("JP")), nil, ja))
	assert.Equal(t, "", Value(reflect.Value{}, nil, en), "nothing stated, nothing worded")
	yes := true
	assert.Equal(t, en.Bool(&yes), Value(reflect.ValueOf(&yes), nil, en))
}
