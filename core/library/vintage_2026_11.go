package library

import (
	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// Data vintage 2026-11, from shared/data/deals.md and facts.md. Shipped:
// never edit it; a change of defaults is a new vintage beside it.
//
// The helpers that build the values below are not inlined: the vintage is
// one long function that runs once per catalog, and a copy of each helper
// at each of its hundreds of call sites would cost main.wasm about 6 KB
// (brotli).

//go:noinline
func disclosed(basis string, src ...string) Fact {
	return Fact{Status: Disclosed, Basis: basis, Sources: src}
}

//go:noinline
func reported(basis string, src ...string) Fact {
	return Fact{Status: Reported, Basis: basis, Sources: src}
}

//go:noinline
func assumed(basis string, src ...string) Fact {
	return Fact{Status: Assumed, Basis: basis, Sources: src}
}

// within gives a fact an uncertainty range.
//
//go:noinline
func (f Fact) within(lo, hi float64) Fact {
	f.Low, f.High = lo, hi
	return f
}

const (
	// Hardware.
	srcH100Specs     = "https://lzwjava.github.io/nvidia-h200-gpu-specs-en"
	srcH100vsGB200   = "https://hmc-tech.com/gpu/nvidia-gb200-vs-nvidia-h100-sxm"
	srcH100Price     = "https://neighborhoodsf.com/Wikis/Neighborhood+Notes/Published/H100+rental+prices+(%24+per+GPU-hour)"
	srcH100Card      = "https://citylife.capetown/ai/nvidia-to-sell-550000-h100-compute-gpus-in-2023-report/344256/"
	srcH100Contract  = "https://www.techreaderdaily.com/article.html?slug=h100-reserved-capacity-hits-2-35-hour-floor-in-2026"
	srcGB200Rack     = "https://awesomeagents.ai/hardware/nvidia-gb200-nvl72"
	srcKuoRack       = "https://medium.com/@mingchikuo/%E6%BD%9B%E5%9C%A8%E5%BD%B1%E9%9F%BFgb200-nvl36-72%E5%87%BA%E8%B2%A8%E7%9A%84%E7%9F%AD%E6%9C%9F%E5%9B%A0%E7%B4%A0%E5%88%86%E6%9E%90-analysis-of-short-term-factors-potentially-affecting-gb200-nvl36-72-232491580882"
	srcGB300Introl   = "https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters"
	srcVerdaGB300    = "https://verda.com/blog/gb300-nvl72-architecture"
	srcTomsBlackwell = "https://www.tomshardware.com/pc-components/gpus/nvidia-shares-blackwell-ultras-secrets-nvfp4-boost-detailed-and-pcie-6-0-support"
	srcMLCommons     = "https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/closed/Crusoe/systems/GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json"
	srcRackTweaktown = "https://www.tweaktown.com/news/98001/nvidia-dgx-gb200-ai-servers-expected-to-sell-40-000-in-2025-mass-production-2h-2024/index.html"
	srcRackFetch     = "https://fetchlogic.net/memory-now-costs-more-than-the-processor-in-ai-chips-and-that-changes-everything-about-who-can-afford-to-compete/"
	srcBernsteinGW   = "https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144"
	srcGB300Agents   = "https://awesomeagents.ai/hardware/nvidia-gb300-nvl72"
	srcVR200BoM      = "https://dailyalpha.us/news/nvidias-next-gen-ai-system-prices-may-double-as-bargaining-power-shifts-to-supply-chain-6a14ff37009c21963e17515d"
	srcGB200Spheron  = "https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200"
	srcIRENDcpulse   = "https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal"

	// World.
	srcUptimePUE   = "https://intelligence.uptimeinstitute.com/resource/large-data-centers-are-mostly-more-efficient-analysis-confirms"
	srcLiquidPUE   = "https://chips.sanjay920.com/l/07-data-center/"
	srcEIAState    = "https://eia.gov/electricity/monthly/epm_table_grapher.php?t=table_5_06_a"
	srcPPA         = "https://pv-magazine-usa.com/2026/01/30/uncertainty-looms-as-solar-ppa-prices-climb-for-second-straight-quarter"
	srcGoldmanDC   = "https://www.marketscreener.com/news/goldman-sachs-and-mckinsey-bring-the-ai-boom-back-to-its-physical-constraints-ce7f5bdada8ff025"
	srcCBREDC      = "https://www.build.inc/data-center-construction-costs-2025"
	srcEpochTCO    = "https://epoch.ai/data-insights/ai-datacenter-cost-breakdown"
	srcServerLife  = "https://shaulkoral.com/useful-life-of-servers-and-network-assets-at-tech-companies/"
	srcAmazonLife  = "https://deepquarry.substack.com/p/amazon-revises-server-lifespan-amid"
	srcMFU         = "https://news.barelyhuman.xyz/item/43598691"
	srcOpenAIARR   = "https://aihola.com/article/openai-20-billion-revenue-compute-2025"
	srcOpenAIARR2  = "https://gokawiil.com/article/244108"
	srcAltman14T   = "https://www.newsmax.com/finance/streettalk/sam-altman-open-ai-trillion/2025/10/29/id/1232304/"
	srcAltman8yr   = "https://www.techbuzz.ai/articles/openai-hits-20b-arr-commits-1-4t-for-ai-infrastructure"
	srcGWPerWeek   = "https://www.republicworld.com/tech/openai-ceo-sam-altman-unveils-gigawatt-a-week-ai-factory-plan-to-end-compute-shortage"
	srcProjections = "https://coolest-gadgets.com/openai-projects-115b-cash-burn-by-2029-amid-ai-expansion"
	srcHSBC        = "https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates"
	srcAnthropicRR = "https://open-techstack.com/blog/broadcom-google-anthropic-tpu-deal-2026"

	// Deals.
	srcAWSValue      = "https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers"
	srcAWSAnnounce   = "https://metrowire.online/article/amazon-and-openai-strike-38-billion-ai-infrastructure-deal-reshaping-cloud-computing-landscape"
	srcAWSTerm       = "https://www.folio3.ai/ai-pulse/openai-signs-usd-38-billion-cloud-deal-amazon"
	srcAWSHardware   = "https://www.uuaa.net/ainews/nmV52ND8.html"
	srcAWSGPUs       = "https://particle.news/story/openai-strikes-38-billion-seven-year-aws-deal-to-power-chatgpt-on-nvidia-gpus"
	srcAWSStart      = "https://afnnews.qaasid.com/?p=68061"
	srcAWSTrainium   = "https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai"
	srcAzure         = "https://www.benzinga.com/trading-ideas/movers/25/10/48461540/microsoft-stock-moves-higher-on-new-deal-with-openai"
	srcAzure2        = "https://www.telegraphindia.com/business/microsoft-openai-reach-new-deal-to-allow-openai-to-restructure/cid/2130048"
	srcOracleValue   = "https://www.thenews.com.pk/latest/1342862-300-billion-deal-between-openai-oracle-largest-cloud-contract-in-history"
	srcOracleValue2  = "https://www.cdomagazine.tech/aiml/openai-signs-300b-cloud-deal-with-oracle"
	srcOracleGW      = "https://www.channelnewsasia.com/business/oracle-openai-add-45-gigawatts-data-center-capacity-stargate-venture-5251721"
	srcCoreWeave1    = "https://crypto-observer.com/technology-news/ai-news/in-another-chess-move-with-microsoft-openai-is-pouring-12b-into-coreweave"
	srcCoreWeave23   = "https://news.anyfans.com/?p=71359"
	srcNvidiaLOI     = "https://particle.news/story/openai-and-nvidia-strike-10-gigawatt-ai-infrastructure-pact-with-up-to-100-billion-planned"
	srcNvidiaLOI2    = "https://telborg.com/thread/44876621"
	srcNvidiaFirst   = "https://qazinform.com/news/openai-and-nvidia-unveil-100b-plan-for-next-gen-ai-infrastructure-c79844"
	srcNvidiaOnIce   = "https://www.hindustantimes.com/business/nvidia-pauses-ambitious-100-billion-dollar-investment-in-openai-amid-internal-concerns-101769869931927.html"
	srcNvidiaEquity  = "https://www.livemint.com/companies/news/nvidia-openai-make-u-turn-on-100-billion-deal-huang-led-company-to-invest-30-billion-in-chatgpt-maker-key-details-11771552013100.html"
	srcAMD           = "https://www.nasdaq.com/articles/openai-deploy-6-gigawatts-amd-gpus"
	srcAMDPrimary    = "https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus"
	srcAMDFirst      = "https://evertiq.com/design/2025-10-06-amd-and-openai-announce-multi-gigawatt-gpu-partnership"
	srcBroadcom      = "https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of"
	srcBroadcom2     = "https://windowsforum.com/threads/openai-broadcom-to-co-develop-10-gw-custom-ai-accelerators.384317"
	srcCerebras      = "https://theaitrack.com/openai-10-billion-deal-cerebras-systems"
	srcCerebras2     = "https://coinalertnews.com/news/2026/01/15/openai-cerebras-10-billion-chip-deal"
	srcUAE           = "https://www.tomshardware.com/tech-industry/artificial-intelligence/openai-says-it-will-expand-stargate-ai-infrastructure-project-to-the-uae-starting-with-a-1gw-cluster"
	srcUAEPhase      = "https://gulfnews.com/business/markets/stargate-uae-first-phase-of-200mw-to-complete-by-2026-1.500310364"
	srcUAEHardware   = "https://www.verdict.co.uk/g42-1gw-stargate-ai-data/"
	srcGoogle        = "https://computer-services.industriesnews.net/news/278271343/openai-signs-cloud-deal-with-google-despite-intense-ai-rivalry"
	srcGoogle2       = "https://www.indianweb2.com/2025/06/openai-rents-google-tpus-amid-ai.html"
	srcStargate      = "https://www.centerconsulting.com/ai-library/milestones/2025-stargate"
	srcStargateSites = "https://www.finanzen.at/nachrichten/aktien/openai-oracle-softbank-unveil-$500-bln-stargate-ai-data-centers-across-five-u-s-locations-1035195196"
	srcAnthGoogle    = "https://businessleadersreview.com/google-and-anthropic-expand-partnership-deal-to-access-one-million-tpus"
	srcAnthGoogle2   = "https://www.windowsnews.ai/article/anthropics-1-million-tpu-deal-with-google-ai-compute-arms-race-reshapes-cloud-windows-it.387507"
	srcAnthAzure     = "https://windowsforum.com/threads/microsoft-nvidia-anthropic-alliance-expands-azure-ai-with-claude.389939"
	srcAnthAzure2    = "https://wyomingstarnews.org/2025/11/19/microsoft-and-nvidia-pour-up-to-15-billion-into-anthropic-as-claude-maker-locks-in-30-billion-azure-deal"
	srcMetaCW        = "https://www.bisnow.com/national/news/data-center/meta-signs-142b-deal-with-with-ai-cloud-firm-coreweave-131206"
	srcMetaCW2       = "https://techfundingnews.com/meta-coreweave-21b-ai-cloud-deal/"
	srcMetaGoogle    = "https://bizwatchnigeria.ng/google-secures-10bn-cloud-deal-with-meta"
	srcMetaGoogle2   = "https://www.etcentric.org/meta-secures-10-billion-deal-with-google-cloud-for-ai-efforts"
	srcNebius        = "https://www.constellationr.com/blog-news/insights/why-microsofts-ai-infrastructure-deal-nebius-savvy"
	srcNebius2       = "https://www.newsbeep.com/112443"
	srcIREN          = "https://www.gulftoday.ae/business/2025/11/03/microsoft-signs-97-billion-contract-with-iren-for-nvidia-chips"
	srcNscale        = "https://www.benzinga.com/markets/tech/25/10/48223043/microsoft-and-nvidia-backed-nscale-announce-large-scale-ai-project-in-us-and-europe"
	srcNscale2       = "https://www.techzine.eu/news/infrastructure/135498/nscale-signs-mega-contract-with-microsoft-for-ai-data-centers/"
)

//go:noinline
func mo(y, m int) calendar.Month { return calendar.Of(y, m) }

// cloud and owned make the model terms of a library deal.
//
//go:noinline
func cloud(id, buyer, provider, announced, accel string, derive model.Quantity, value, price, size float64, unit model.SizeUnit, start, full calendar.Month, term int) model.Deal {
	return model.Deal{ID: id, Buyer: buyer, Provider: provider, Kind: model.Cloud, Accel: accel, Derive: derive,
		ValueUSD: value, Price: price, Size: size, SizeUnit: unit, Start: start, Full: full, TermMonths: term, Shape: model.Linear}
}

//go:noinline
func owned(id, provider, accel string, gw float64, start, full calendar.Month) model.Deal {
	return model.Deal{ID: id, Buyer: "OpenAI", Provider: provider, Kind: model.Owned, Accel: accel, Derive: model.Value,
		PriceAuto: true, Size: gw, SizeUnit: model.GW, Start: start, Full: full, Shape: model.SCurve}
}

func vintage202611() *Vintage {
	v := &Vintage{ID: "2026-11", ModelVersion: 1}

	marketNone := Fact{}
	v.Accelerators = []Accelerator{
		{
			Accelerator: model.Accelerator{ID: "h100", Name: "NVIDIA H100 SXM", ITKW: 1.275, FP8PFLOPS: 1.979, HBMGB: 80, CapexUSD: 40000},
			Facts: Facts{
				"it_kw": disclosed("DGX H100 system 10.2 kW for 8 GPUs", srcH100Specs),
				"fp8":   disclosed("dense FP8 (3.96 PF is the sparse figure)", srcH100Specs, srcH100vsGB200),
				"hbm":   disclosed("80 GB HBM3", srcH100Specs),
				"capex": assumed("card 25–40k USD reported; plus its share of server and network", srcH100Price, srcH100Card).within(30000, 50000),
			},
			MarketUSDPerHour: 2.35,
			Market:           reported("1-year contract, March 2026 (SemiAnalysis via press)", srcH100Contract, srcH100Price).within(1.70, 2.65),
		},
		{
			Accelerator: model.Accelerator{ID: "gb200", Name: "NVIDIA GB200 NVL72", ITKW: 1.833, FP8PFLOPS: 5.0, HBMGB: 192, CapexUSD: 55000},
			Facts: Facts{
				"it_kw": reported("120–132 kW per 72-GPU rack", srcGB200Rack, srcKuoRack).within(1.67, 1.9),
				"fp8":   reported("about 5 PF dense FP8 per GPU (4.5 in some tables)", srcVerdaGB300, srcH100vsGB200).within(4.5, 5.0),
				"hbm":   disclosed("192 GB HBM3e marketed", srcMLCommons, srcTomsBlackwell),
				"capex": assumed("about 3.4 M USD of compute per rack (reported) plus network, over 72 GPUs", srcRackTweaktown, srcRackFetch, srcBernsteinGW).within(45000, 65000),
			},
			MarketUSDPerHour: 4.54,
			Market:           reported("one neocloud's list price, 9.08 USD per 2-GPU superchip-hour", srcGB200Spheron),
		},
		{
			Accelerator: model.Accelerator{ID: "gb300", Name: "NVIDIA GB300 NVL72", ITKW: 1.875, FP8PFLOPS: 5.0, HBMGB: 288, CapexUSD: 60000},
			Facts: Facts{
				"it_kw": reported("about 135 kW per 72-GPU rack", srcGB300Introl, srcVerdaGB300).within(1.67, 1.9),
				"fp8":   reported("about 5 PF dense FP8 per GPU", srcVerdaGB300),
				"hbm":   disclosed("288 GB HBM3e marketed", srcTomsBlackwell, srcVerdaGB300),
				"capex": assumed("3–4 M USD per rack reported, over 72 GPUs, plus network", srcGB300Agents).within(50000, 75000),
			},
			MarketUSDPerHour: 2.9,
			Market:           reported("implied by Microsoft–IREN: about 1.94 B USD a year over about 76k GPUs (count unconfirmed)", srcIRENDcpulse),
		},
		{
			Accelerator: model.Accelerator{ID: "rubin", Name: "NVIDIA Vera Rubin", ITKW: 2.5, FP8PFLOPS: 8.0, HBMGB: 288, CapexUSD: 90000},
			Facts: Facts{
				"it_kw": assumed("no rack figure published yet").within(1.9, 3.2),
				"fp8":   assumed("no dense FP8 figure published yet").within(5, 12),
				"hbm":   disclosed("288 GB HBM4 announced by NVIDIA (no stored link)"),
				"capex": assumed("next-generation rack bill of materials reported near 7.8 M USD", srcVR200BoM).within(60000, 130000),
			},
			Market: marketNone,
		},
		{
			Accelerator: model.Accelerator{ID: "mi450", Name: "AMD Instinct MI450", ITKW: 2.0, FP8PFLOPS: 10, HBMGB: 432, CapexUSD: 50000},
			Facts: Facts{
				"it_kw": assumed("no rack figure published yet").within(1.6, 2.5),
				"fp8":   assumed("no dense FP8 figure published yet").within(8, 20),
				"hbm":   disclosed("432 GB HBM4 announced by AMD (no stored link)"),
				"capex": assumed("priced below NVIDIA's flagship").within(35000, 70000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "trainium3", Name: "AWS Trainium3", ITKW: 1.2, FP8PFLOPS: 2.52, HBMGB: 144, CapexUSD: 20000},
			Facts: Facts{
				"it_kw": assumed("no rack figure published").within(0.8, 1.6),
				"fp8":   disclosed("2.52 PF FP8 announced by AWS (no stored link)"),
				"hbm":   disclosed("144 GB HBM3e announced by AWS (no stored link)"),
				"capex": assumed("AWS claims 30–40 % cheaper than equivalent NVIDIA configurations", srcAWSTrainium).within(12000, 30000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "xpu", Name: "OpenAI–Broadcom custom accelerator", ITKW: 1.5, FP8PFLOPS: 5, HBMGB: 192, CapexUSD: 35000},
			Facts: Facts{
				"it_kw": assumed("nothing published").within(1.0, 2.2),
				"fp8":   assumed("nothing published").within(2, 8),
				"hbm":   assumed("nothing published"),
				"capex": assumed("custom silicon without NVIDIA's margin").within(20000, 50000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "tpu7", Name: "Google TPU v7 (Ironwood)", ITKW: 1.2, FP8PFLOPS: 4.614, HBMGB: 192, CapexUSD: 25000},
			Facts: Facts{
				"it_kw": assumed("no rack figure published").within(0.8, 1.6),
				"fp8":   disclosed("4.614 PF FP8 announced by Google (no stored link)"),
				"hbm":   disclosed("192 GB HBM3e announced by Google (no stored link)"),
				"capex": assumed("in-house silicon, not sold").within(15000, 35000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "cs3", Name: "Cerebras CS-3 system", ITKW: 23, FP8PFLOPS: 62, HBMGB: 44, CapexUSD: 2500000},
			Facts: Facts{
				"it_kw": reported("about 23 kW per system (no stored link)").within(20, 27),
				"fp8":   assumed("half the 125 PF sparse FP16 figure").within(40, 125),
				"hbm":   disclosed("44 GB of on-chip SRAM, not HBM (no stored link)"),
				"capex": assumed("no list price published").within(1.5e6, 3.5e6),
			},
		},
	}

	v.World = model.World{
		PUE: 1.2, Load: 0.8, PowerUSDPerMWh: 70, FacilityCapexMUSDPerMW: 15, LifeYears: 5,
		Utilization: 0.4, DiscountRate: 0.08, ValuationMonth: mo(2025, 11),
		From: mo(2025, 1), To: mo(2035, 12),
	}
	v.WorldFacts = Facts{
		"pue":             assumed("new liquid-cooled AI halls run at 1.15–1.3; the industry average is about 1.56", srcLiquidPUE, srcUptimePUE).within(1.1, 1.5),
		"load":            assumed("AI halls draw close to nameplate; no sourced fleet figure").within(0.5, 1.0),
		"power_price":     assumed("US industrial rates 60–100 USD/MWh and PPAs 49–115 USD/MWh in 2025", srcEIAState, srcPPA).within(40, 120),
		"facility_capex":  assumed("AI-optimised halls 15–20 M USD per MW (Goldman Sachs); traditional 8–11", srcGoldmanDC, srcCBREDC).within(8, 25),
		"life":            assumed("hyperscalers depreciate servers over 5–6 years; Epoch's model uses 5", srcEpochTCO, srcServerLife, srcAmazonLife).within(3, 7),
		"utilization":     assumed("dense training reaches 38–43 % MFU; MoE FP8 training about 20 %", srcMFU).within(0.2, 0.7),
		"discount_rate":   assumed("a cost of capital for a fast-growing private company").within(0, 0.2),
		"valuation_month": assumed("the month the AWS deal was signed"),
		"from":            assumed("the horizon shown: the first year of the deals"),
		"to":              assumed("the horizon shown: ten years on"),
	}

	v.Buyers = []Buyer{
		{
			Name:    "OpenAI",
			Revenue: model.Revenue{ARRUSD: 20e9, ARRMonth: mo(2025, 12), Growth: 1.0, GrowthDecay: 0.2},
			Stated:  model.Stated{ValueUSD: 1.4e12, GW: 30, GWPerWeek: 1},
			Facts: Facts{
				"arr":          disclosed("\"over 20 B USD\" annual run-rate at the end of 2025 (CFO)", srcOpenAIARR, srcOpenAIARR2),
				"arr_month":    disclosed("end of 2025", srcOpenAIARR),
				"growth":       assumed("run-rate tripled in 2024 and more than tripled in 2025; internal projections reach about 200 B USD in 2030", srcOpenAIARR, srcProjections).within(0.4, 1.6),
				"growth_decay": assumed("growth slows as revenue grows").within(0.05, 0.4),
				"stated_value": disclosed("about 1.4 T USD of commitments (Altman, 2025-10-28)", srcAltman14T, srcAltman8yr),
				"stated_gw":    disclosed("about 30 GW (Altman, 2025-10-28)", srcAltman14T),
				// The ambition was shown as a statement since this vintage
				// shipped; its fact adds no figure that the page did not
				// already show.
				"stated_gw_per_week": disclosed("Altman's ambition of a factory adding 1 GW a week (2025-09-23)", srcGWPerWeek),
			},
			Statements: []Statement{
				{Text: "Commitments of about 1.4 T USD for about 30 GW over about 8 years.", Date: "2025-11-06", Sources: []string{srcAltman14T, srcAltman8yr}},
				{Text: "The ambition to build a factory that adds 1 GW of AI infrastructure every week.", Date: "2025-09-23", Sources: []string{srcGWPerWeek}},
				{Text: "Revenue run-rate 2 B USD (2023), 6 B (2024), over 20 B (2025) against 0.2, 0.6 and about 1.9 GW online: about 10 B USD of annual revenue per GW.", Date: "2026-01-18", Sources: []string{srcOpenAIARR, srcOpenAIARR2}},
				{Text: "Reported projections: about 200 B USD of revenue in 2030; HSBC sees about 213 B in 2030 and a funding gap of at least 207 B by 2030.", Date: "2025-11-26", Sources: []string{srcProjections, srcHSBC}},
			},
		},
		{
			Name:    "Anthropic",
			Revenue: model.Revenue{ARRUSD: 30e9, ARRMonth: mo(2026, 4), Growth: 1.0, GrowthDecay: 0.2},
			Facts: Facts{
				"arr":          reported("run-rate over 30 B USD in April 2026 (about 9 B at the end of 2025)", srcAnthropicRR),
				"arr_month":    reported("April 2026", srcAnthropicRR),
				"growth":       assumed("the same path as OpenAI's default").within(0.4, 1.6),
				"growth_decay": assumed("the same path as OpenAI's default").within(0.05, 0.4),
			},
		},
		{
			Name: "Microsoft",
			Facts: Facts{
				"arr": assumed("no revenue path is set for Microsoft: its neocloud leases resell to Azure customers; set one to compare"),
			},
			Revenue: model.Revenue{ARRMonth: mo(2025, 12), Growth: 0, GrowthDecay: 0},
		},
		{
			Name: "Meta",
			Facts: Facts{
				"arr": assumed("no revenue path is set for Meta; set one to compare"),
			},
			Revenue: model.Revenue{ARRMonth: mo(2025, 12)},
		},
	}

	const (
		n  = model.Accelerators
		gw = model.GW
	)
	unitCost := assumed("the catalog capex plus the building share: facility_capex × IT kW")
	v.Deals = []Deal{
		{
			Deal:      cloud("aws", "OpenAI", "AWS", "2025-11-03", "gb300", model.Price, 38e9, 0, 300000, n, mo(2025, 11), mo(2026, 12), 84),
			Title:     "AWS",
			Announced: "2025-11-03",
			Facts: Facts{
				"value": disclosed("38 B USD over seven years", srcAWSValue, srcAWSAnnounce),
				"n":     assumed("\"hundreds of thousands\" of NVIDIA GPUs (disclosed); the count is ours", srcAWSGPUs).within(200000, 500000),
				"start": disclosed("capacity from November 2025", srcAWSStart),
				"full":  disclosed("all capacity online before the end of 2026", srcAWSValue),
				"term":  disclosed("seven years", srcAWSValue, srcAWSTerm),
				"shape": assumed("an even ramp"),
				"accel": disclosed("NVIDIA GB200 and GB300 in EC2 UltraServers; GB300 stands for both", srcAWSHardware),
			},
		},
		{
			Deal:      cloud("azure", "OpenAI", "Microsoft", "2025-10-28", "gb300", model.Size, 250e9, 2.5, 0, n, mo(2026, 1), mo(2028, 12), 84),
			Title:     "Microsoft Azure",
			Announced: "2025-10-28",
			Facts: Facts{
				"value": disclosed("an incremental 250 B USD of Azure services", srcAzure, srcAzure2),
				"price": assumed("a long-term GB300 contract price; no hyperscaler price is published").within(1.8, 4.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed; seven years like AWS").within(60, 120),
				"shape": assumed("an even ramp"),
				"accel": assumed("no hardware disclosed"),
			},
		},
		{
			Deal:      cloud("oracle", "OpenAI", "Oracle", "2025-09-10", "gb300", model.Price, 300e9, 0, 4.5, gw, mo(2027, 1), mo(2028, 12), 60),
			Title:     "Oracle",
			Announced: "2025-09-10",
			Facts: Facts{
				"value": reported("about 300 B USD over about five years (WSJ)", srcOracleValue, srcOracleValue2),
				"gw":    disclosed("4.5 GW of additional Stargate capacity (2025-07-22)", srcOracleGW),
				"start": reported("from 2027", srcOracleValue),
				"full":  assumed("no schedule disclosed"),
				"term":  reported("about five years", srcOracleValue),
				"shape": assumed("an even ramp"),
				"accel": assumed("GB200 at Abilene; later sites unspecified"),
			},
		},
		{
			Deal:      cloud("coreweave", "OpenAI", "CoreWeave", "2025-03-10", "gb200", model.Size, 22.4e9, 2.5, 0, n, mo(2025, 4), mo(2026, 6), 60),
			Title:     "CoreWeave",
			Announced: "2025-03-10",
			Facts: Facts{
				"value": disclosed("11.9 + 4.0 + 6.5 B USD in three contracts", srcCoreWeave1, srcCoreWeave23, srcMetaCW),
				"price": assumed("a long-term GB200 contract price").within(1.8, 4.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("the first contract runs five years", srcCoreWeave1),
				"shape": assumed("an even ramp"),
				"accel": assumed("no hardware disclosed"),
			},
		},
		{
			Deal:      owned("nvidia", "NVIDIA", "rubin", 10, mo(2026, 7), mo(2030, 12)),
			Title:     "NVIDIA",
			Announced: "2025-09-22",
			Facts: Facts{
				"gw":    disclosed("at least 10 GW of NVIDIA systems (letter of intent)", srcNvidiaLOI, srcNvidiaLOI2),
				"price": unitCost,
				"start": disclosed("the first GW in the second half of 2026", srcNvidiaFirst),
				"full":  assumed("no completion date disclosed"),
				"shape": assumed("an S-curve: slow start, fast middle, slow finish"),
				"accel": disclosed("Vera Rubin", srcNvidiaFirst),
			},
			Note:        "A non-binding letter of intent. Reported in January–February 2026 to be on hold and replaced by an equity investment of about 30 B USD.",
			NoteSources: []string{srcNvidiaOnIce, srcNvidiaEquity},
		},
		{
			Deal:      owned("amd", "AMD", "mi450", 6, mo(2026, 7), mo(2030, 12)),
			Title:     "AMD",
			Announced: "2025-10-06",
			Facts: Facts{
				"gw":    disclosed("6 GW across several Instinct generations", srcAMD, srcAMDPrimary),
				"price": unitCost,
				"start": disclosed("the first GW of MI450 in the second half of 2026", srcAMDFirst),
				"full":  assumed("\"over multiple years\"; no date disclosed"),
				"shape": assumed("an S-curve"),
				"accel": disclosed("MI450 first", srcAMDFirst),
			},
		},
		{
			Deal:      owned("broadcom", "Broadcom", "xpu", 10, mo(2026, 7), mo(2029, 12)),
			Title:     "Broadcom",
			Announced: "2025-10-13",
			Facts: Facts{
				"gw":    disclosed("10 GW of OpenAI-designed accelerators", srcBroadcom, srcBroadcom2),
				"price": unitCost,
				"start": disclosed("racks from the second half of 2026", srcBroadcom),
				"full":  disclosed("complete by the end of 2029", srcBroadcom),
				"shape": assumed("an S-curve"),
				"accel": disclosed("OpenAI's own design with Broadcom", srcBroadcom),
			},
		},
		{
			Deal:      cloud("aws-trainium", "OpenAI", "AWS", "2026-02-27", "trainium3", model.Price, 100e9, 0, 2, gw, mo(2027, 1), mo(2028, 12), 96),
			Title:     "AWS Trainium",
			Announced: "2026-02-27",
			Facts: Facts{
				"value": reported("about 100 B USD more over eight years", srcAWSTrainium),
				"gw":    reported("about 2 GW of Trainium capacity", srcAWSTrainium),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  reported("eight years", srcAWSTrainium),
				"shape": assumed("an even ramp"),
				"accel": reported("Trainium3 and Trainium4; Trainium3 stands for both", srcAWSTrainium),
			},
		},
		{
			Deal:      cloud("cerebras", "OpenAI", "Cerebras", "2026-01-14", "cs3", model.Price, 10e9, 0, 0.75, gw, mo(2026, 3), mo(2028, 12), 60),
			Title:     "Cerebras",
			Announced: "2026-01-14",
			Facts: Facts{
				"value": reported("\"over 10 B USD\" (WSJ)", srcCerebras, srcCerebras2),
				"gw":    reported("up to 750 MW", srcCerebras),
				"start": assumed("tranches from 2026"),
				"full":  reported("through 2028", srcCerebras),
				"term":  assumed("no duration disclosed").within(36, 84),
				"shape": assumed("an even ramp"),
				"accel": reported("Cerebras systems", srcCerebras),
			},
		},
		{
			Deal:      cloud("stargate-uae", "OpenAI", "G42 / Oracle", "2025-05-22", "gb300", model.Value, 0, 3.0, 1, gw, mo(2026, 6), mo(2028, 12), 60),
			Title:     "Stargate UAE",
			Announced: "2025-05-22",
			Facts: Facts{
				"price": assumed("no terms disclosed").within(2.0, 4.5),
				"gw":    disclosed("a 1 GW cluster in Abu Dhabi", srcUAE),
				"start": assumed("the first 200 MW in 2026 (disclosed)", srcUAEPhase),
				"full":  assumed("no timeline for the rest"),
				"term":  assumed("no duration disclosed"),
				"shape": assumed("an even ramp"),
				"accel": disclosed("NVIDIA GB300", srcUAEHardware),
			},
			Note: "Terms undisclosed; off by default.",
		},
		{
			Deal:      cloud("google", "OpenAI", "Google Cloud", "2025-06-10", "tpu7", model.Value, 0, 2.0, 100000, n, mo(2025, 7), mo(2026, 6), 60),
			Title:     "Google Cloud",
			Announced: "2025-06-10",
			Facts: Facts{
				"price": assumed("no terms disclosed").within(1.2, 3.0),
				"n":     assumed("no size disclosed").within(30000, 300000),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed"),
				"shape": assumed("an even ramp"),
				"accel": assumed("TPU access reported", srcGoogle, srcGoogle2),
			},
			Note: "Terms undisclosed; off by default.",
		},
		{
			Deal:      cloud("anthropic-google", "Anthropic", "Google Cloud", "2025-10-23", "tpu7", model.Value, 0, 1.5, 1e6, n, mo(2026, 1), mo(2026, 12), 72),
			Title:     "Anthropic–Google Cloud",
			Announced: "2025-10-23",
			Facts: Facts{
				"price": assumed("in-house TPUs at a partner's price").within(1.0, 2.5),
				"n":     disclosed("up to one million TPUs", srcAnthGoogle, srcAnthGoogle2),
				"start": assumed("no schedule disclosed"),
				"full":  disclosed("well over 1 GW online in 2026", srcAnthGoogle),
				"term":  assumed("no duration disclosed"),
				"shape": assumed("an even ramp"),
				"accel": disclosed("Google TPUs", srcAnthGoogle),
			},
		},
		{
			Deal:      cloud("anthropic-azure", "Anthropic", "Microsoft", "2025-11-18", "gb300", model.Price, 30e9, 0, 1, gw, mo(2026, 1), mo(2027, 6), 72),
			Title:     "Anthropic–Microsoft Azure",
			Announced: "2025-11-18",
			Facts: Facts{
				"value": disclosed("30 B USD of Azure compute", srcAnthAzure, srcAnthAzure2),
				"gw":    disclosed("up to 1 GW", srcAnthAzure),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed"),
				"shape": assumed("an even ramp"),
				"accel": disclosed("Grace Blackwell and Vera Rubin; GB300 stands for both", srcAnthAzure),
			},
		},
		{
			Deal:      cloud("meta-coreweave", "Meta", "CoreWeave", "2025-09-30", "gb300", model.Size, 14.2e9, 2.5, 0, n, mo(2025, 10), mo(2026, 9), 75),
			Title:     "Meta–CoreWeave",
			Announced: "2025-09-30",
			Facts: Facts{
				"value": disclosed("up to 14.2 B USD through December 2031", srcMetaCW, srcMetaCW2),
				"price": assumed("a long-term GB300 contract price").within(1.8, 4.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("through December 2031", srcMetaCW),
				"shape": assumed("an even ramp"),
				"accel": disclosed("GB300", srcMetaCW),
			},
		},
		{
			Deal:      cloud("meta-google", "Meta", "Google Cloud", "2025-08-21", "tpu7", model.Size, 10e9, 2.0, 0, n, mo(2025, 9), mo(2026, 8), 72),
			Title:     "Meta–Google Cloud",
			Announced: "2025-08-21",
			Facts: Facts{
				"value": reported("over 10 B USD over six years", srcMetaGoogle, srcMetaGoogle2),
				"price": assumed("no terms disclosed").within(1.2, 3.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  reported("six years", srcMetaGoogle),
				"shape": assumed("an even ramp"),
				"accel": assumed("servers, storage and networking; TPUs stand for them"),
			},
		},
		{
			Deal:      cloud("microsoft-nebius", "Microsoft", "Nebius", "2025-09-08", "gb300", model.Size, 17.4e9, 2.5, 0, n, mo(2025, 11), mo(2026, 12), 60),
			Title:     "Microsoft–Nebius",
			Announced: "2025-09-08",
			Facts: Facts{
				"value": disclosed("17.4 B USD over five years (up to 19.4 B)", srcNebius, srcNebius2),
				"price": assumed("a long-term GB300 contract price").within(1.8, 4.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("five years, through 2031", srcNebius),
				"shape": assumed("an even ramp"),
				"accel": assumed("no hardware disclosed"),
			},
		},
		{
			Deal:      cloud("microsoft-iren", "Microsoft", "IREN", "2025-11-03", "gb300", model.Price, 9.7e9, 0, 0.24, gw, mo(2026, 1), mo(2026, 12), 60),
			Title:     "Microsoft–IREN",
			Announced: "2025-11-03",
			Facts: Facts{
				"value": disclosed("9.7 B USD over five years", srcIREN, srcIRENDcpulse),
				"gw":    reported("about 200 MW of critical IT power, 0.24 GW at PUE 1.2", srcIRENDcpulse),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("five years", srcIREN),
				"shape": assumed("an even ramp"),
				"accel": disclosed("NVIDIA GB300", srcIREN),
			},
		},
		{
			Deal:      cloud("microsoft-nscale", "Microsoft", "Nscale", "2025-10-15", "gb300", model.Price, 24e9, 0, 200000, n, mo(2026, 1), mo(2027, 12), 60),
			Title:     "Microsoft–Nscale",
			Announced: "2025-10-15",
			Facts: Facts{
				"value": reported("\"up to 24 B USD\" (FT, CNBC)", srcNscale2),
				"n":     disclosed("about 200,000 GB300 across four sites", srcNscale, srcNscale2),
				"start": assumed("sites from Q1 2026 to 2027 (disclosed)", srcNscale),
				"full":  assumed("the last site in 2027"),
				"term":  assumed("no duration disclosed"),
				"shape": assumed("an even ramp"),
				"accel": disclosed("GB300", srcNscale),
			},
		},
	}

	v.Presets = []Preset{
		{ID: "openai-2025-11", Title: "OpenAI, November 2025", Buyer: "OpenAI",
			Note: "OpenAI's commitments as announced in early November 2025, when the AWS deal was signed.",
			On:   []string{"aws", "azure", "oracle", "coreweave", "nvidia", "amd", "broadcom"}},
		{ID: "openai-2026-11", Title: "OpenAI, November 2026", Buyer: "OpenAI",
			Note: "As known in November 2026: the AWS expansion and Cerebras added, the NVIDIA letter of intent off.",
			On:   []string{"aws", "aws-trainium", "azure", "oracle", "coreweave", "amd", "broadcom", "cerebras"}},
		{ID: "aws-only", Title: "The AWS deal alone", Buyer: "OpenAI",
			Note: "The 38 B USD AWS deal alone.",
			On:   []string{"aws"}},
		{ID: "anthropic", Title: "Anthropic", Buyer: "Anthropic",
			Note: "Anthropic's Google and Azure deals, for comparison.",
			On:   []string{"anthropic-google", "anthropic-azure"}},
		{ID: "microsoft-neoclouds", Title: "Microsoft's neocloud leases", Buyer: "Microsoft",
			Note: "Microsoft's leases from Nebius, IREN and Nscale, for comparison.",
			On:   []string{"microsoft-nebius", "microsoft-iren", "microsoft-nscale"}},
	}

	v.Notes = []Note{
		{Title: "Stargate is not a deal of its own here",
			Text:    "Stargate, the 500 B USD, 10 GW joint venture of OpenAI, SoftBank, Oracle and MGX, is an umbrella over several of these deals, Oracle's sites among them. It is left out of the library so that its capacity is not counted twice.",
			Sources: []string{srcStargate, srcStargateSites}},
	}
	return v
}
