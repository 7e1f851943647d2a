package reflectx_test

import (
	"reflect"
	"testing"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
)

func TestIsZero(t *testing.T) {
	f := false
	tests := []struct {
		v    any
		want bool
	}{
		{(*bool)(nil), true},
		{&f, false}, // a stated "no" is stated
		{[]string{}, true},
		{[]string{"x"}, false},
		{whitepaper.Text{}, true},
		{whitepaper.Duration{}, true},
		{whitepaper.Within(72, whitepaper.Hour), false},
		{"", true},
		{"x", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, reflectx.IsZero(reflect.ValueOf(tt.v)), "%#v", tt.v)
	}
}

func TestJSONName(t *testing.T) {
	f, _ := reflect.TypeFor[whitepaper.Backup]().FieldByName("RestoreOnRequest")
	assert.Equal(t, "restoreOnRequest", reflectx.JSONName(f))
}
