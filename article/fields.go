package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// fieldNames are the Article fields JSON input can fill, each read by
// default from the key of the same name.
var fieldNames = []string{"id", "title", "text", "url", "source", "published", "author", "dateline", "category"}

// ParseFields turns "field=key" settings, such as "text=body" or
// "published=meta.date", into the Options.Fields map. A key with dots walks
// into nested objects. Unknown fields are an error, so a typo is not a
// silently empty column.
func ParseFields(specs []string) (map[string]string, error) {
	out := map[string]string{}
	for _, s := range specs {
		field, key, ok := strings.Cut(s, "=")
		field, key = strings.TrimSpace(field), strings.TrimSpace(key)
		if !ok || field == "" || key == "" {
			return nil, fmt.Errorf("field mapping %q: want FIELD=KEY, such as text=body", s)
		}
		if !isField(field) {
			return nil, fmt.Errorf("field mapping %q: no article field %q (fields: %s)", s, field, strings.Join(fieldNames, ", "))
		}
		out[field] = key
	}
	return out, nil
}

func isField(f string) bool {
	for _, n := range fieldNames {
		if n == f {
			return true
		}
	}
	return false
}

// fromRecord builds an Article from one JSON object, reading each field
// from its mapped key.
func fromRecord(obj map[string]json.RawMessage, keys map[string]string) (Article, error) {
	vals := map[string]string{}
	for _, f := range fieldNames {
		key := f
		if k, ok := keys[f]; ok {
			key = k
		}
		v, err := lookup(obj, key)
		if err != nil {
			return Article{}, fmt.Errorf("field %s (key %q): %w", f, key, err)
		}
		vals[f] = v
	}
	if vals["text"] == "" {
		return Article{}, fmt.Errorf("no text under key %q (map another with --field text=KEY; keys here: %s)", keyOf("text", keys), strings.Join(sortedKeys(obj), ", "))
	}
	a := Article{
		ID: vals["id"], Title: vals["title"], Text: vals["text"], URL: vals["url"],
		Source: vals["source"], Published: vals["published"], Author: vals["author"],
		Dateline: vals["dateline"], Category: vals["category"],
	}
	return a, nil
}

func keyOf(f string, keys map[string]string) string {
	if k, ok := keys[f]; ok {
		return k
	}
	return f
}

// lookup finds a dotted key and renders its value as text: strings as they
// are, numbers as written (ids are often numbers), lists of strings joined
// with ", " (authors often are lists), null and absence as "".
func lookup(obj map[string]json.RawMessage, key string) (string, error) {
	var raw json.RawMessage
	parts := strings.Split(key, ".")
	for i, p := range parts {
		v, ok := obj[p]
		if !ok {
			return "", nil
		}
		if i == len(parts)-1 {
			raw = v
			break
		}
		obj = nil
		if err := json.Unmarshal(v, &obj); err != nil || obj == nil {
			return "", nil
		}
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case '[':
		var list []string
		if err := json.Unmarshal(raw, &list); err != nil {
			return "", fmt.Errorf("a list, but not of strings")
		}
		return strings.Join(list, ", "), nil
	case '{':
		return "", fmt.Errorf("an object, not a value (name a key inside it with a dot)")
	}
	return string(raw), nil
}

func sortedKeys(m map[string]json.RawMessage) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
