package uncertainty

import (
	"math"
	"math/bits"
	"slices"
)

// rank returns the order statistic below quantile p of n values, and how
// far p lies towards the next one: quantile = a[k] + w·(a[k+1] − a[k]).
func rank(n int, p float64) (k int, w float64) {
	h := float64(n-1) * p
	f := math.Floor(h)
	return int(f), h - f
}

// percentiles returns the 5th, 50th and 95th percentiles of a, which
// holds only finite values (Bands leaves out the others), selecting in place: the median over all of a, then the
// 5th among the values below it and the 95th among those above.
func percentiles(a []float64) (p5, p50, p95 float64) {
	n := len(a)
	if n == 0 {
		return math.NaN(), math.NaN(), math.NaN()
	}
	k50, w50 := rank(n, 0.50)
	x, next := selectNth(a, 0, n, k50)
	p50 = interp(x, next, w50)
	k5, w5 := rank(n, 0.05)
	end := k50
	if k5 == k50 { // two values or fewer: the median's side is empty
		end = n
	}
	x, next = selectNth(a, 0, end, k5)
	p5 = interp(x, next, w5)
	k95, w95 := rank(n, 0.95)
	x, next = selectNth(a, k50, n, k95)
	p95 = interp(x, next, w95)
	return p5, p50, p95
}

// interp is x + w·(y − x), kept within [x, y] so that rounding cannot put
// a lower percentile above a higher one.
func interp(x, y, w float64) float64 {
	if w == 0 {
		return x
	}
	return min(max(x+w*(y-x), x), y)
}

// selectNth reorders a[lo:hi] so that a[k] holds the value it would
// hold if a were sorted, with no larger value before it and no smaller
// one after, and returns that value and the next larger one (a[k] itself
// when k is last). a[lo:hi] must hold the values of ranks lo to hi−1 of a
// (true of the whole, and of either side of an earlier selection), and a
// only finite values.
//
// It is quickselect, expected O(n), with a median-of-three pivot and a
// partition without data-dependent branches (random samples make a
// branchy one mispredict on every other value). If the partitions keep
// coming out lopsided, as many equal values make them, it finishes with a
// sort, so that no input makes it quadratic.
func selectNth(a []float64, lo, hi, k int) (float64, float64) {
	// Whenever hi < len(a), a[hi] is the smallest of a[hi:]: the caller's
	// bound, or a pivot placed by the loop.
	next := func(from, to int) float64 {
		switch {
		case from < to:
			return minOf(a[from:to])
		case to < len(a):
			return a[to]
		}
		return a[k]
	}
	budget := 2 * bits.Len(uint(hi-lo))
	for hi-lo > 16 {
		if budget == 0 {
			slices.Sort(a[lo:hi])
			return a[k], next(k+1, min(k+2, hi))
		}
		budget--
		mid, last := lo+(hi-lo)/2, hi-1
		if a[mid] < a[lo] {
			a[mid], a[lo] = a[lo], a[mid]
		}
		if a[last] < a[lo] {
			a[last], a[lo] = a[lo], a[last]
		}
		if a[last] < a[mid] {
			a[last], a[mid] = a[mid], a[last]
		}
		pivot := a[mid]
		a[mid], a[last] = a[last], a[mid]
		// a[lo:j] < pivot ≤ a[j:i]: every value is swapped to the
		// boundary and the boundary moves on when it is below the pivot.
		j := lo
		part := a[lo:last]
		for i, v := range part {
			part[i] = a[j]
			a[j] = v
			j += below(v, pivot)
		}
		a[j], a[last] = a[last], a[j]
		switch {
		case k < j:
			hi = j
		case k > j:
			lo = j + 1
		default:
			return a[k], next(k+1, hi)
		}
	}
	insertionSort(a[lo:hi])
	return a[k], next(k+1, min(k+2, hi))
}

// below is 1 when v < pivot and 0 otherwise, for finite values: the sign
// of v − pivot, which is negative exactly when v < pivot (a difference of
// two finite doubles is zero only when they are equal, and rounding keeps
// its sign). Arithmetic, not a comparison: no backend makes it a branch
// (WebAssembly's made the comparison one, and the partition then
// mispredicted on every other random value).
func below(v, pivot float64) int {
	return int(math.Float64bits(v-pivot) >> 63)
}

func insertionSort(a []float64) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i
		for j > 0 && a[j-1] > v {
			a[j] = a[j-1]
			j--
		}
		a[j] = v
	}
}

func minOf(a []float64) float64 {
	m := a[0]
	for _, v := range a[1:] {
		m = min(m, v)
	}
	return m
}
