package build

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate"
)

// fill sets every field of v, recursively, to a value that is not its zero, different for
// each field (seed counts them): a field the codec forgets then fails the round trip.
func fill(t testing.TB, v reflect.Value, seed *int) {
	*seed++
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).Name == "Figures" && v.Type() == reflect.TypeOf(annotate.Result{}) {
				continue // kept packed elsewhere
			}
			fill(t, v.Field(i), seed)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(t, v.Index(i), seed)
		}
	case reflect.String:
		v.SetString("s" + string(rune('a'+*seed%26)) + "·é")
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*seed*7919) - 40000)
	case reflect.Float64:
		v.SetFloat(float64(*seed) + 0.125)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer: // the place a mention shares
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), seed)
	default:
		t.Fatalf("a field of kind %s: teach the annotations codec and this test about it", v.Kind())
	}
}

func TestCachedAnnotationsRoundTrip(t *testing.T) {
	seed := 0
	full := &annotate.Result{}
	fill(t, reflect.ValueOf(full).Elem(), &seed)
	for name, r := range map[string]*annotate.Result{"full": full, "empty": {}, "nil": nil} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(cachedDoc{Path: "p", Annotations: cachedAnnotations{r}}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got cachedDoc
		if err := gob.NewDecoder(&buf).Decode(&got); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := r
		if r != nil && len(r.Places) == 0 {
			want = &annotate.Result{}
		}
		if !reflect.DeepEqual(got.Annotations.Result, want) {
			t.Errorf("%s: got %+v\nwant %+v", name, got.Annotations.Result, want)
		}
	}
	if _, err := (cachedAnnotations{&annotate.Result{Figures: make([]annotate.Figure, 1)}}).GobEncode(); err == nil {
		t.Error("figures should not go into the cached annotations")
	}
	// Damaged bytes are an error, never a panic.
	data, _ := cachedAnnotations{full}.GobEncode()
	for i := 0; i < len(data); i += 3 {
		for _, cut := range [][]byte{data[:i], append(append([]byte(nil), data[:i]...), 0xff, 0xff)} {
			var c cachedAnnotations
			c.GobDecode(cut)
		}
	}
}
