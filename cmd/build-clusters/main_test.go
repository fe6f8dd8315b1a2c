package main

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// Points drawn around three directions, split into six classes, give
// classes that each hold one direction's points, all directions covered;
// the same points give the same classes every run, on any number of
// threads.
func TestKMeansGroupsAndIsDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	centres := [][]float32{{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 1}}
	var vecs [][]float32
	var truth []int
	for i := 0; i < 300; i++ {
		c := i % 3
		v := make([]float32, 4)
		for d := range v {
			v[d] = centres[c][d] + float32(rng.NormFloat64()*0.05)
		}
		vecs = append(vecs, unit(v))
		truth = append(truth, c)
	}
	got := kmeans(vecs, 6, 10, 1)
	groupOf := map[int]int{} // class -> true group
	covered := map[int]bool{}
	for i, c := range got {
		if g, ok := groupOf[c]; ok && g != truth[i] {
			t.Fatalf("class %d holds points of groups %d and %d", c, g, truth[i])
		}
		groupOf[c] = truth[i]
		covered[truth[i]] = true
	}
	if len(covered) != 3 {
		t.Fatalf("groups covered: %v", covered)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	if again := kmeans(vecs, 6, 10, 1); !slices.Equal(got, again) {
		t.Error("a second run, on one thread, gave other classes")
	}
}

func unit(v []float32) []float32 {
	var n float64
	for _, x := range v {
		n += float64(x * x)
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i] = float32(float64(v[i]) / n)
	}
	return v
}
