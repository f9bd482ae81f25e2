package build

import (
	"reflect"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/config"
)

// The place matcher learns the site's operation names and aliases as code names.
func TestPlaceOptionsCodeNames(t *testing.T) {
	ops := []config.Operation{
		{Name: "Atlantic Resolve", Aliases: []string{"OAR"}},
		{Name: "Inherent Resolve", Aliases: []string{"OIR", "Operation Inherent Resolve"}},
	}
	got := placeOptions(config.Annotate{ExcludePlaces: []string{"Hit"}}, ops)
	want := []string{"Atlantic Resolve", "OAR", "Inherent Resolve", "OIR", "Operation Inherent Resolve"}
	if !reflect.DeepEqual(got.CodeNames, want) || !reflect.DeepEqual(got.Exclude, []string{"Hit"}) {
		t.Errorf("CodeNames %q, Exclude %q", got.CodeNames, got.Exclude)
	}
}
