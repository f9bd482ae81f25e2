package build

import (
	"reflect"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
)

// TestAnnotationFieldsHashed changes every field of a figure and of a place mention, one at
// a time, down to the fields of a check and of a list's parts, and expects the sums to
// change: a field added to the annotations and left out of the sums would let an edit that
// changes it leave stale pages behind.
func TestAnnotationFieldsHashed(t *testing.T) {
	base := func() *annotate.Result {
		return &annotate.Result{
			Figures: []annotate.Figure{{Figure: figure.Figure{Restates: -1, Check: &figure.Check{}, Parts: []figure.Part{{}}}}},
			Places:  []annotate.PlaceMention{{Place: &place.Place{}, Segments: []int{0}}},
		}
	}
	sums := func(r *annotate.Result) [3]uint64 {
		f, p, pf := annotationSums(r)
		return [3]uint64{f, p, pf[0]}
	}
	want := sums(base())
	var visit func(path string, get func(*annotate.Result) reflect.Value)
	visit = func(path string, get func(*annotate.Result) reflect.Value) {
		v := get(base())
		switch v.Kind() {
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				i := i
				visit(path+"."+v.Type().Field(i).Name, func(r *annotate.Result) reflect.Value { return get(r).Field(i) })
			}
			return
		case reflect.Pointer:
			visit(path, func(r *annotate.Result) reflect.Value { return get(r).Elem() })
			return
		case reflect.Slice:
			if v.Type().Elem().Kind() == reflect.Struct {
				visit(path+"[0]", func(r *annotate.Result) reflect.Value { return get(r).Index(0) })
				return
			}
		}
		r := base()
		f := get(r)
		switch f.Kind() {
		case reflect.Int, reflect.Int64:
			f.SetInt(f.Int() + 7)
		case reflect.Float64:
			f.SetFloat(f.Float() + 0.5)
		case reflect.Bool:
			f.SetBool(!f.Bool())
		case reflect.String:
			f.SetString(f.String() + "x")
		case reflect.Slice: // of numbers: the place's segments
			f.Set(reflect.Append(f, reflect.ValueOf(5)))
		default:
			t.Errorf("%s: a field of kind %s: teach this test and annotationSums about it", path, f.Kind())
			return
		}
		if sums(r) == want {
			t.Errorf("%s changed but the annotation sums did not", path)
		}
	}
	visit("Figures[0]", func(r *annotate.Result) reflect.Value { return reflect.ValueOf(&r.Figures[0]).Elem() })
	visit("Places[0]", func(r *annotate.Result) reflect.Value { return reflect.ValueOf(&r.Places[0]).Elem() })
}
