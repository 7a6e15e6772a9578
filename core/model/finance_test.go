package model_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/computedeals/explorer/core/model"
)

// stepOwned buys 1,000 accelerators of "t" at once in 2027-01 at C = 11,000
// USD: A = 11 M USD. Energy costs 1,000 × hours × 0.05 USD a month.
func stepOwned() model.Deal {
	d := ownedT()
	d.Size, d.Shape, d.Full = 1000, model.Step, d.Start
	return d
}

// annuity is a / A = i / (1 − (1 + i)^(−L)) with i = 1.1^(1/12) − 1, the
// textbook form.
func annuity(months float64) float64 {
	i := math.Pow(1.1, 1.0/12) - 1
	return i / (1 - math.Pow(1+i, -months))
}

// TestLeaseIsALevelAnnuity works MODEL.md §8 by hand.
//
// At 10 % over 5 years: i = 1.1^(1/12) − 1 = 0.0079741404, (1 + i)^−60 =
// 1.1^−5 = 0.6209213231, a = 11 M × 0.0079741404 / 0.3790786769 =
// 231,391.3972 USD a month for 60 months, 2027-01 … 2031-12: Σ = 13,883,483.83,
// financing 2,883,483.83.
//
// Over a life of 4.5625 years (L = 54.75 months) with sustain on: a = 11 M
// × 0.0226126953 = 248,739.6481 for months 0 … 53 and 0.75 a in month 54
// (2031-07), the last three quarters of the batch's life; financing 54.75 a
// − 11 M = 2,618,495.73. The replacement is bought at t = 54.75, a
// fractional month: it pays 0.25 a in 2031-07, a from 2031-08, and in month
// 109 (2036-02) half of a as the first replacement ends at 109.5 and half as
// the second begins.
func TestLeaseIsALevelAnnuity(t *testing.T) {
	t.Run("at 10 % over 5 years", func(t *testing.T) {
		p := portfolioT(stepOwned())
		p.World.LifeYears = 5
		p.World.Finance, p.World.FinanceRate = model.FinanceLease, 0.1
		p.World.To = mo(2032, 6)
		r := evaluate(t, p)
		o := r.Deals[0]
		a := 11e6 * annuity(60)
		assert.InDelta(t, 231_391.3972, a, 1e-4)
		near(t, a+1000*744*0.05, at(r, o.SpendUSD, mo(2027, 1)))
		near(t, a+1000*672*0.05, at(r, o.SpendUSD, mo(2027, 2)))
		near(t, a+1000*744*0.05, at(r, o.SpendUSD, mo(2031, 12)))
		near(t, 0, at(r, o.SpendUSD, mo(2032, 1)))
		near(t, 11e6, o.ValueUSD, "V stays N × C")
		near(t, 60*a-11e6, o.FinancingUSD)
		assert.InDelta(t, 2_883_483.83, o.FinancingUSD, 0.01)
		near(t, o.FinancingUSD, r.Totals.FinancingUSD)
		near(t, 60*a+o.EnergyCostUSD, o.PVUSD, "discount rate 0: PV is Σ spend")
	})
	t.Run("over a fractional life, with a replacement at a fractional month", func(t *testing.T) {
		p := portfolioT(stepOwned())
		p.World.LifeYears = 4.5625
		p.World.Sustain = true
		p.World.Finance, p.World.FinanceRate = model.FinanceLease, 0.1
		p.World.To = mo(2036, 12)
		r := evaluate(t, p)
		o := r.Deals[0]
		a := 11e6 * annuity(54.75)
		assert.InDelta(t, 248_739.6481, a, 1e-4)
		near(t, a+1000*744*0.05, at(r, o.SpendUSD, mo(2027, 1)))
		near(t, a+1000*720*0.05, at(r, o.SpendUSD, mo(2031, 6)), "month 53 (30 days)")
		near(t, 0.75*a+750*744*0.05, at(r, o.SpendUSD, mo(2031, 7)), "month 54: the last part of the life")
		near(t, 0.25*a+250*744*0.05, at(r, o.SustainSpendUSD, mo(2031, 7)), "and the first part of the replacement's")
		near(t, a+1000*744*0.05, at(r, r.SpendUSD, mo(2031, 7)))
		near(t, a+1000*744*0.05, at(r, o.SustainSpendUSD, mo(2031, 8)))
		near(t, a+1000*744*0.05, at(r, o.SustainSpendUSD, mo(2036, 1)), "month 108")
		near(t, a+1000*696*0.05, at(r, o.SustainSpendUSD, mo(2036, 2)), "month 109: two halves")
		near(t, a+1000*744*0.05, at(r, o.SustainSpendUSD, mo(2036, 3)))
		near(t, 54.75*a-11e6, o.FinancingUSD)
		assert.InDelta(t, 2_618_495.73, o.FinancingUSD, 0.01)
	})
	t.Run("at 0 % a lease pays exactly V", func(t *testing.T) {
		// ownedT, life 1 year: each batch of 400 pays 4.4 M / 12 a month
		// for 12 months; Σ = 3 × 4.4 M = 13.2 M = V.
		p := portfolioT(ownedT())
		p.World.Finance, p.World.FinanceRate = model.FinanceLease, 0
		r := evaluate(t, p)
		o := r.Deals[0]
		near(t, 11_000*400/12.0+400*744*0.05, at(r, o.SpendUSD, mo(2027, 1)))
		paid := 0.0
		for j := range o.SpendUSD {
			paid += o.SpendUSD[j] - o.EnergyMWh[j]*50
		}
		near(t, 13.2e6, paid)
		assert.Equal(t, 0.0, o.FinancingUSD)
		near(t, 13.2e6+o.EnergyCostUSD, o.PVUSD)
	})
	t.Run("a deal that is off counts for no portfolio financing", func(t *testing.T) {
		d := stepOwned()
		d.On = false
		p := portfolioT(d)
		p.World.Finance, p.World.FinanceRate = model.FinanceLease, 0.1
		r := evaluate(t, p)
		assert.Greater(t, r.Deals[0].FinancingUSD, 0.0)
		assert.Equal(t, 0.0, r.Totals.FinancingUSD)
	})
	t.Run("a lease discounts each payment", func(t *testing.T) {
		// Discount 10 %/yr, valuation 2027-01, life 1: PV = Σ (a + energy)(m)
		// × 1.1^(−j/12) for j = 0 … 11.
		p := portfolioT(stepOwned())
		p.World.DiscountRate = 0.1
		p.World.Finance, p.World.FinanceRate = model.FinanceLease, 0.1
		r := evaluate(t, p)
		o := r.Deals[0]
		a := 11e6 * annuity(12)
		pv := 0.0
		for j := 0; j < 12; j++ {
			pv += (a + 1000*mo(2027, 1+j).Hours()*0.05) * math.Pow(1.1, -float64(j)/12)
		}
		near(t, pv, o.PVUSD)
	})
}

// TestCashPaysAFractionalPurchaseOverTwoMonths: life 1.0625 years puts
// the replacement of the batch bought in 2027-01 at t = 12.75: 0.25 of A =
// 11 M in 2028-01 (2,750,000) and 0.75 in 2028-02 (8,250,000), beside the
// energy of the replaced units (250 and 1,000 of them).
func TestCashPaysAFractionalPurchaseOverTwoMonths(t *testing.T) {
	p := portfolioT(stepOwned())
	p.World.LifeYears = 1.0625
	p.World.Sustain = true
	r := evaluate(t, p)
	o := r.Deals[0]
	near(t, 2_750_000+250*744*0.05, at(r, o.SustainSpendUSD, mo(2028, 1)))
	near(t, 8_250_000+1000*696*0.05, at(r, o.SustainSpendUSD, mo(2028, 2)))
	near(t, 1000*744*0.05, at(r, o.SustainSpendUSD, mo(2028, 3)))
	near(t, 0, o.FinancingUSD)
}
