package library

// vintage202611Data is data vintage 2026-11, from shared/data/deals.md
// and facts.md, in the format data.go describes. Shipped: never edit it
// (TestVintagesArePinned holds it to its hash); a change of defaults is a
// new vintage beside it.
const vintage202611Data = `# A data vintage of the Compute Deals Explorer, read by data.go, whose
# comment describes the format. Indent with tabs; the enumerations are numbers:
# Status 1 disclosed, 2 reported, 3 assumed; Grade 1 L, 2 M, 3 H;
# Commitment 0 not stated, 1 binding, 2 up-to, 3 framework, 4 letter of intent;
# Kind 0 cloud, 1 owned; Derive 0 value, 1 price, 2 size; SizeUnit 0 accelerators, 1 GW;
# Shape 0 linear, 1 S-curve, 2 step; Sustain 0 as the world says, 1 never, 2 always;
# Finance 0 cash, 1 lease; Mode 0 path, 1 per GW.
ID 2026-11
ModelVersion 1
Accelerators [
	{
		ID h100
		Name NVIDIA H100 SXM
		ITKW 1.275
		FP8PFLOPS 1.979
		HBMGB 80
		CapexUSD 40000
		Facts {
			capex {
				Status 3
				Basis card 25–40k USD reported; plus its share of server and network
				Sources [
					https://neighborhoodsf.com/Wikis/Neighborhood+Notes/Published/H100+rental+prices+(%24+per+GPU-hour)
					https://citylife.capetown/ai/nvidia-to-sell-550000-h100-compute-gpus-in-2023-report/344256/
				]
				Low 30000
				High 50000
			}
			fp8 {
				Status 1
				Basis dense FP8 (3.96 PF is the sparse figure)
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
					https://hmc-tech.com/gpu/nvidia-gb200-vs-nvidia-h100-sxm
				]
			}
			hbm {
				Status 1
				Basis 80 GB HBM3
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
				]
			}
			it_kw {
				Status 1
				Basis DGX H100 system 10.2 kW for 8 GPUs
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
				]
			}
		}
		MarketUSDPerHour 2.35
		Market {
			Status 2
			Basis 1-year contract, March 2026 (SemiAnalysis via press)
			Sources [
				https://www.techreaderdaily.com/article.html?slug=h100-reserved-capacity-hits-2-35-hour-floor-in-2026
				https://neighborhoodsf.com/Wikis/Neighborhood+Notes/Published/H100+rental+prices+(%24+per+GPU-hour)
			]
			Low 1.7
			High 2.65
		}
	}
	{
		ID gb200
		Name NVIDIA GB200 NVL72
		ITKW 1.833
		FP8PFLOPS 5
		HBMGB 192
		CapexUSD 55000
		Facts {
			capex {
				Status 3
				Basis about 3.4 M USD of compute per rack (reported) plus network, over 72 GPUs
				Sources [
					https://www.tweaktown.com/news/98001/nvidia-dgx-gb200-ai-servers-expected-to-sell-40-000-in-2025-mass-production-2h-2024/index.html
					https://fetchlogic.net/memory-now-costs-more-than-the-processor-in-ai-chips-and-that-changes-everything-about-who-can-afford-to-compete/
					https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144
				]
				Low 45000
				High 65000
			}
			fp8 {
				Status 2
				Basis about 5 PF dense FP8 per GPU (4.5 in some tables)
				Sources [
					https://verda.com/blog/gb300-nvl72-architecture
					https://hmc-tech.com/gpu/nvidia-gb200-vs-nvidia-h100-sxm
				]
				Low 4.5
				High 5
			}
			hbm {
				Status 1
				Basis 192 GB HBM3e marketed
				Sources [
					https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/closed/Crusoe/systems/GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json
					https://www.tomshardware.com/pc-components/gpus/nvidia-shares-blackwell-ultras-secrets-nvfp4-boost-detailed-and-pcie-6-0-support
				]
			}
			it_kw {
				Status 2
				Basis 120–132 kW per 72-GPU rack
				Sources [
					https://awesomeagents.ai/hardware/nvidia-gb200-nvl72
					https://medium.com/@mingchikuo/%E6%BD%9B%E5%9C%A8%E5%BD%B1%E9%9F%BFgb200-nvl36-72%E5%87%BA%E8%B2%A8%E7%9A%84%E7%9F%AD%E6%9C%9F%E5%9B%A0%E7%B4%A0%E5%88%86%E6%9E%90-analysis-of-short-term-factors-potentially-affecting-gb200-nvl36-72-232491580882
				]
				Low 1.67
				High 1.9
			}
		}
		MarketUSDPerHour 4.54
		Market {
			Status 2
			Basis one neocloud's list price, 9.08 USD per 2-GPU superchip-hour
			Sources [
				https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200
			]
		}
	}
	{
		ID gb300
		Name NVIDIA GB300 NVL72
		ITKW 1.875
		FP8PFLOPS 5
		HBMGB 288
		CapexUSD 60000
		Facts {
			capex {
				Status 3
				Basis 3–4 M USD per rack reported, over 72 GPUs, plus network
				Sources [
					https://awesomeagents.ai/hardware/nvidia-gb300-nvl72
				]
				Low 50000
				High 75000
			}
			fp8 {
				Status 2
				Basis about 5 PF dense FP8 per GPU
				Sources [
					https://verda.com/blog/gb300-nvl72-architecture
				]
			}
			hbm {
				Status 1
				Basis 288 GB HBM3e marketed
				Sources [
					https://www.tomshardware.com/pc-components/gpus/nvidia-shares-blackwell-ultras-secrets-nvfp4-boost-detailed-and-pcie-6-0-support
					https://verda.com/blog/gb300-nvl72-architecture
				]
			}
			it_kw {
				Status 2
				Basis about 135 kW per 72-GPU rack
				Sources [
					https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters
					https://verda.com/blog/gb300-nvl72-architecture
				]
				Low 1.67
				High 1.9
			}
		}
		MarketUSDPerHour 2.9
		Market {
			Status 2
			Basis implied by Microsoft–IREN: about 1.94 B USD a year over about 76k GPUs (count unconfirmed)
			Sources [
				https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal
			]
		}
	}
	{
		ID rubin
		Name NVIDIA Vera Rubin
		ITKW 2.5
		FP8PFLOPS 8
		HBMGB 288
		CapexUSD 90000
		Facts {
			capex {
				Status 3
				Basis next-generation rack bill of materials reported near 7.8 M USD
				Sources [
					https://dailyalpha.us/news/nvidias-next-gen-ai-system-prices-may-double-as-bargaining-power-shifts-to-supply-chain-6a14ff37009c21963e17515d
				]
				Low 60000
				High 130000
			}
			fp8 {
				Status 3
				Basis no dense FP8 figure published yet
				Low 5
				High 12
			}
			hbm {
				Status 1
				Basis 288 GB HBM4 announced by NVIDIA (no stored link)
			}
			it_kw {
				Status 3
				Basis no rack figure published yet
				Low 1.9
				High 3.2
			}
		}
	}
	{
		ID mi450
		Name AMD Instinct MI450
		ITKW 2
		FP8PFLOPS 10
		HBMGB 432
		CapexUSD 50000
		Facts {
			capex {
				Status 3
				Basis priced below NVIDIA's flagship
				Low 35000
				High 70000
			}
			fp8 {
				Status 3
				Basis no dense FP8 figure published yet
				Low 8
				High 20
			}
			hbm {
				Status 1
				Basis 432 GB HBM4 announced by AMD (no stored link)
			}
			it_kw {
				Status 3
				Basis no rack figure published yet
				Low 1.6
				High 2.5
			}
		}
	}
	{
		ID trainium3
		Name AWS Trainium3
		ITKW 1.2
		FP8PFLOPS 2.52
		HBMGB 144
		CapexUSD 20000
		Facts {
			capex {
				Status 3
				Basis AWS claims 30–40 % cheaper than equivalent NVIDIA configurations
				Sources [
					https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai
				]
				Low 12000
				High 30000
			}
			fp8 {
				Status 1
				Basis 2.52 PF FP8 announced by AWS (no stored link)
			}
			hbm {
				Status 1
				Basis 144 GB HBM3e announced by AWS (no stored link)
			}
			it_kw {
				Status 3
				Basis no rack figure published
				Low 0.8
				High 1.6
			}
		}
	}
	{
		ID xpu
		Name OpenAI–Broadcom custom accelerator
		ITKW 1.5
		FP8PFLOPS 5
		HBMGB 192
		CapexUSD 35000
		Facts {
			capex {
				Status 3
				Basis custom silicon without NVIDIA's margin
				Low 20000
				High 50000
			}
			fp8 {
				Status 3
				Basis nothing published
				Low 2
				High 8
			}
			hbm {
				Status 3
				Basis nothing published
			}
			it_kw {
				Status 3
				Basis nothing published
				Low 1
				High 2.2
			}
		}
	}
	{
		ID tpu7
		Name Google TPU v7 (Ironwood)
		ITKW 1.2
		FP8PFLOPS 4.614
		HBMGB 192
		CapexUSD 25000
		Facts {
			capex {
				Status 3
				Basis in-house silicon, not sold
				Low 15000
				High 35000
			}
			fp8 {
				Status 1
				Basis 4.614 PF FP8 announced by Google (no stored link)
			}
			hbm {
				Status 1
				Basis 192 GB HBM3e announced by Google (no stored link)
			}
			it_kw {
				Status 3
				Basis no rack figure published
				Low 0.8
				High 1.6
			}
		}
	}
	{
		ID cs3
		Name Cerebras CS-3 system
		ITKW 23
		FP8PFLOPS 62
		HBMGB 44
		CapexUSD 2.5e+06
		Facts {
			capex {
				Status 3
				Basis no list price published
				Low 1.5e+06
				High 3.5e+06
			}
			fp8 {
				Status 3
				Basis half the 125 PF sparse FP16 figure
				Low 40
				High 125
			}
			hbm {
				Status 1
				Basis 44 GB of on-chip SRAM, not HBM (no stored link)
			}
			it_kw {
				Status 2
				Basis about 23 kW per system (no stored link)
				Low 20
				High 27
			}
		}
	}
]
World {
	PUE 1.2
	Load 0.8
	PowerUSDPerMWh 70
	FacilityCapexMUSDPerMW 15
	LifeYears 5
	Utilization 0.4
	DiscountRate 0.08
	ValuationMonth 2025-11
	From 2025-01
	To 2035-12
}
WorldFacts {
	discount_rate {
		Status 3
		Basis a cost of capital for a fast-growing private company
		High 0.2
	}
	facility_capex {
		Status 3
		Basis AI-optimised halls 15–20 M USD per MW (Goldman Sachs); traditional 8–11
		Sources [
			https://www.marketscreener.com/news/goldman-sachs-and-mckinsey-bring-the-ai-boom-back-to-its-physical-constraints-ce7f5bdada8ff025
			https://www.build.inc/data-center-construction-costs-2025
		]
		Low 8
		High 25
	}
	from {
		Status 3
		Basis the horizon shown: the first year of the deals
	}
	life {
		Status 3
		Basis hyperscalers depreciate servers over 5–6 years; Epoch's model uses 5
		Sources [
			https://epoch.ai/data-insights/ai-datacenter-cost-breakdown
			https://shaulkoral.com/useful-life-of-servers-and-network-assets-at-tech-companies/
			https://deepquarry.substack.com/p/amazon-revises-server-lifespan-amid
		]
		Low 3
		High 7
	}
	load {
		Status 3
		Basis AI halls draw close to nameplate; no sourced fleet figure
		Low 0.5
		High 1
	}
	power_price {
		Status 3
		Basis US industrial rates 60–100 USD/MWh and PPAs 49–115 USD/MWh in 2025
		Sources [
			https://eia.gov/electricity/monthly/epm_table_grapher.php?t=table_5_06_a
			https://pv-magazine-usa.com/2026/01/30/uncertainty-looms-as-solar-ppa-prices-climb-for-second-straight-quarter
		]
		Low 40
		High 120
	}
	pue {
		Status 3
		Basis new liquid-cooled AI halls run at 1.15–1.3; the industry average is about 1.56
		Sources [
			https://chips.sanjay920.com/l/07-data-center/
			https://intelligence.uptimeinstitute.com/resource/large-data-centers-are-mostly-more-efficient-analysis-confirms
		]
		Low 1.1
		High 1.5
	}
	to {
		Status 3
		Basis the horizon shown: ten years on
	}
	utilization {
		Status 3
		Basis dense training reaches 38–43 % MFU; MoE FP8 training about 20 %
		Sources [
			https://news.barelyhuman.xyz/item/43598691
		]
		Low 0.2
		High 0.7
	}
	valuation_month {
		Status 3
		Basis the month the AWS deal was signed
	}
}
Buyers [
	{
		Name OpenAI
		Revenue {
			ARRUSD 2e+10
			ARRMonth 2025-12
			Growth 1
			GrowthDecay 0.2
		}
		Stated {
			ValueUSD 1.4e+12
			GW 30
			GWPerWeek 1
		}
		Facts {
			arr {
				Status 1
				Basis "\"over 20 B USD\" annual run-rate at the end of 2025 (CFO)"
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
					https://gokawiil.com/article/244108
				]
			}
			arr_month {
				Status 1
				Basis end of 2025
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
				]
			}
			growth {
				Status 3
				Basis run-rate tripled in 2024 and more than tripled in 2025; internal projections reach about 200 B USD in 2030
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
					https://coolest-gadgets.com/openai-projects-115b-cash-burn-by-2029-amid-ai-expansion
				]
				Low 0.4
				High 1.6
			}
			growth_decay {
				Status 3
				Basis growth slows as revenue grows
				Low 0.05
				High 0.4
			}
			stated_gw {
				Status 1
				Basis about 30 GW (Altman, 2025-10-28)
				Sources [
					https://www.newsmax.com/finance/streettalk/sam-altman-open-ai-trillion/2025/10/29/id/1232304/
				]
			}
			stated_gw_per_week {
				Status 1
				Basis Altman's ambition of a factory adding 1 GW a week (2025-09-23)
				Sources [
					https://www.republicworld.com/tech/openai-ceo-sam-altman-unveils-gigawatt-a-week-ai-factory-plan-to-end-compute-shortage
				]
			}
			stated_value {
				Status 1
				Basis about 1.4 T USD of commitments (Altman, 2025-10-28)
				Sources [
					https://www.newsmax.com/finance/streettalk/sam-altman-open-ai-trillion/2025/10/29/id/1232304/
					https://www.techbuzz.ai/articles/openai-hits-20b-arr-commits-1-4t-for-ai-infrastructure
				]
			}
		}
		Statements [
			{
				Text Commitments of about 1.4 T USD for about 30 GW over about 8 years.
				Date 2025-11-06
				Sources [
					https://www.newsmax.com/finance/streettalk/sam-altman-open-ai-trillion/2025/10/29/id/1232304/
					https://www.techbuzz.ai/articles/openai-hits-20b-arr-commits-1-4t-for-ai-infrastructure
				]
			}
			{
				Text The ambition to build a factory that adds 1 GW of AI infrastructure every week.
				Date 2025-09-23
				Sources [
					https://www.republicworld.com/tech/openai-ceo-sam-altman-unveils-gigawatt-a-week-ai-factory-plan-to-end-compute-shortage
				]
			}
			{
				Text Revenue run-rate 2 B USD (2023), 6 B (2024), over 20 B (2025) against 0.2, 0.6 and about 1.9 GW online: about 10 B USD of annual revenue per GW.
				Date 2026-01-18
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
					https://gokawiil.com/article/244108
				]
			}
			{
				Text Reported projections: about 200 B USD of revenue in 2030; HSBC sees about 213 B in 2030 and a funding gap of at least 207 B by 2030.
				Date 2025-11-26
				Sources [
					https://coolest-gadgets.com/openai-projects-115b-cash-burn-by-2029-amid-ai-expansion
					https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates
				]
			}
		]
	}
	{
		Name Anthropic
		Revenue {
			ARRUSD 3e+10
			ARRMonth 2026-04
			Growth 1
			GrowthDecay 0.2
		}
		Facts {
			arr {
				Status 2
				Basis run-rate over 30 B USD in April 2026 (about 9 B at the end of 2025)
				Sources [
					https://open-techstack.com/blog/broadcom-google-anthropic-tpu-deal-2026
				]
			}
			arr_month {
				Status 2
				Basis April 2026
				Sources [
					https://open-techstack.com/blog/broadcom-google-anthropic-tpu-deal-2026
				]
			}
			growth {
				Status 3
				Basis the same path as OpenAI's default
				Low 0.4
				High 1.6
			}
			growth_decay {
				Status 3
				Basis the same path as OpenAI's default
				Low 0.05
				High 0.4
			}
		}
	}
	{
		Name Microsoft
		Revenue {
			ARRMonth 2025-12
		}
		Facts {
			arr {
				Status 3
				Basis no revenue path is set for Microsoft: its neocloud leases resell to Azure customers; set one to compare
			}
		}
	}
	{
		Name Meta
		Revenue {
			ARRMonth 2025-12
		}
		Facts {
			arr {
				Status 3
				Basis no revenue path is set for Meta; set one to compare
			}
		}
	}
]
Deals [
	{
		ID aws
		Buyer OpenAI
		Provider AWS
		Accel gb300
		Derive 1
		ValueUSD 3.8e+10
		Size 300000
		Start 2025-11
		Full 2026-12
		TermMonths 84
		Title AWS
		Announced 2025-11-03
		Facts {
			accel {
				Status 1
				Basis NVIDIA GB200 and GB300 in EC2 UltraServers; GB300 stands for both
				Sources [
					https://www.uuaa.net/ainews/nmV52ND8.html
				]
			}
			full {
				Status 1
				Basis all capacity online before the end of 2026
				Sources [
					https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers
				]
			}
			n {
				Status 3
				Basis "\"hundreds of thousands\" of NVIDIA GPUs (disclosed); the count is ours"
				Sources [
					https://particle.news/story/openai-strikes-38-billion-seven-year-aws-deal-to-power-chatgpt-on-nvidia-gpus
				]
				Low 200000
				High 500000
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis capacity from November 2025
				Sources [
					https://afnnews.qaasid.com/?p=68061
				]
			}
			term {
				Status 1
				Basis seven years
				Sources [
					https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers
					https://www.folio3.ai/ai-pulse/openai-signs-usd-38-billion-cloud-deal-amazon
				]
			}
			value {
				Status 1
				Basis 38 B USD over seven years
				Sources [
					https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers
					https://metrowire.online/article/amazon-and-openai-strike-38-billion-ai-infrastructure-deal-reshaping-cloud-computing-landscape
				]
			}
		}
	}
	{
		ID azure
		Buyer OpenAI
		Provider Microsoft
		Accel gb300
		Derive 2
		ValueUSD 2.5e+11
		Price 2.5
		Start 2026-01
		Full 2028-12
		TermMonths 84
		Title Microsoft Azure
		Announced 2025-10-28
		Facts {
			accel {
				Status 3
				Basis no hardware disclosed
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis a long-term GB300 contract price; no hyperscaler price is published
				Low 1.8
				High 4
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 3
				Basis no duration disclosed; seven years like AWS
				Low 60
				High 120
			}
			value {
				Status 1
				Basis an incremental 250 B USD of Azure services
				Sources [
					https://www.benzinga.com/trading-ideas/movers/25/10/48461540/microsoft-stock-moves-higher-on-new-deal-with-openai
					https://www.telegraphindia.com/business/microsoft-openai-reach-new-deal-to-allow-openai-to-restructure/cid/2130048
				]
			}
		}
	}
	{
		ID oracle
		Buyer OpenAI
		Provider Oracle
		Accel gb300
		Derive 1
		ValueUSD 3e+11
		Size 4.5
		SizeUnit 1
		Start 2027-01
		Full 2028-12
		TermMonths 60
		Title Oracle
		Announced 2025-09-10
		Facts {
			accel {
				Status 3
				Basis GB200 at Abilene; later sites unspecified
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 1
				Basis 4.5 GW of additional Stargate capacity (2025-07-22)
				Sources [
					https://www.channelnewsasia.com/business/oracle-openai-add-45-gigawatts-data-center-capacity-stargate-venture-5251721
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 2
				Basis from 2027
				Sources [
					https://www.thenews.com.pk/latest/1342862-300-billion-deal-between-openai-oracle-largest-cloud-contract-in-history
				]
			}
			term {
				Status 2
				Basis about five years
				Sources [
					https://www.thenews.com.pk/latest/1342862-300-billion-deal-between-openai-oracle-largest-cloud-contract-in-history
				]
			}
			value {
				Status 2
				Basis about 300 B USD over about five years (WSJ)
				Sources [
					https://www.thenews.com.pk/latest/1342862-300-billion-deal-between-openai-oracle-largest-cloud-contract-in-history
					https://www.cdomagazine.tech/aiml/openai-signs-300b-cloud-deal-with-oracle
				]
			}
		}
	}
	{
		ID coreweave
		Buyer OpenAI
		Provider CoreWeave
		Accel gb200
		Derive 2
		ValueUSD 2.24e+10
		Price 2.5
		Start 2025-04
		Full 2026-06
		TermMonths 60
		Title CoreWeave
		Announced 2025-03-10
		Facts {
			accel {
				Status 3
				Basis no hardware disclosed
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis a long-term GB200 contract price
				Low 1.8
				High 4
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 1
				Basis the first contract runs five years
				Sources [
					https://crypto-observer.com/technology-news/ai-news/in-another-chess-move-with-microsoft-openai-is-pouring-12b-into-coreweave
				]
			}
			value {
				Status 1
				Basis 11.9 + 4.0 + 6.5 B USD in three contracts
				Sources [
					https://crypto-observer.com/technology-news/ai-news/in-another-chess-move-with-microsoft-openai-is-pouring-12b-into-coreweave
					https://news.anyfans.com/?p=71359
					https://www.bisnow.com/national/news/data-center/meta-signs-142b-deal-with-with-ai-cloud-firm-coreweave-131206
				]
			}
		}
	}
	{
		ID nvidia
		Buyer OpenAI
		Provider NVIDIA
		Kind 1
		Accel rubin
		PriceAuto true
		Size 10
		SizeUnit 1
		Start 2026-07
		Full 2030-12
		Shape 1
		Title NVIDIA
		Announced 2025-09-22
		Facts {
			accel {
				Status 1
				Basis Vera Rubin
				Sources [
					https://qazinform.com/news/openai-and-nvidia-unveil-100b-plan-for-next-gen-ai-infrastructure-c79844
				]
			}
			full {
				Status 3
				Basis no completion date disclosed
			}
			gw {
				Status 1
				Basis at least 10 GW of NVIDIA systems (letter of intent)
				Sources [
					https://particle.news/story/openai-and-nvidia-strike-10-gigawatt-ai-infrastructure-pact-with-up-to-100-billion-planned
					https://telborg.com/thread/44876621
				]
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an S-curve: slow start, fast middle, slow finish
			}
			start {
				Status 1
				Basis the first GW in the second half of 2026
				Sources [
					https://qazinform.com/news/openai-and-nvidia-unveil-100b-plan-for-next-gen-ai-infrastructure-c79844
				]
			}
		}
		Note A non-binding letter of intent. Reported in January–February 2026 to be on hold and replaced by an equity investment of about 30 B USD.
		NoteSources [
			https://www.hindustantimes.com/business/nvidia-pauses-ambitious-100-billion-dollar-investment-in-openai-amid-internal-concerns-101769869931927.html
			https://www.livemint.com/companies/news/nvidia-openai-make-u-turn-on-100-billion-deal-huang-led-company-to-invest-30-billion-in-chatgpt-maker-key-details-11771552013100.html
		]
	}
	{
		ID amd
		Buyer OpenAI
		Provider AMD
		Kind 1
		Accel mi450
		PriceAuto true
		Size 6
		SizeUnit 1
		Start 2026-07
		Full 2030-12
		Shape 1
		Title AMD
		Announced 2025-10-06
		Facts {
			accel {
				Status 1
				Basis MI450 first
				Sources [
					https://evertiq.com/design/2025-10-06-amd-and-openai-announce-multi-gigawatt-gpu-partnership
				]
			}
			full {
				Status 3
				Basis "\"over multiple years\"; no date disclosed"
			}
			gw {
				Status 1
				Basis 6 GW across several Instinct generations
				Sources [
					https://www.nasdaq.com/articles/openai-deploy-6-gigawatts-amd-gpus
					https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
				]
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an S-curve
			}
			start {
				Status 1
				Basis the first GW of MI450 in the second half of 2026
				Sources [
					https://evertiq.com/design/2025-10-06-amd-and-openai-announce-multi-gigawatt-gpu-partnership
				]
			}
		}
	}
	{
		ID broadcom
		Buyer OpenAI
		Provider Broadcom
		Kind 1
		Accel xpu
		PriceAuto true
		Size 10
		SizeUnit 1
		Start 2026-07
		Full 2029-12
		Shape 1
		Title Broadcom
		Announced 2025-10-13
		Facts {
			accel {
				Status 1
				Basis OpenAI's own design with Broadcom
				Sources [
					https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of
				]
			}
			full {
				Status 1
				Basis complete by the end of 2029
				Sources [
					https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of
				]
			}
			gw {
				Status 1
				Basis 10 GW of OpenAI-designed accelerators
				Sources [
					https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of
					https://windowsforum.com/threads/openai-broadcom-to-co-develop-10-gw-custom-ai-accelerators.384317
				]
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an S-curve
			}
			start {
				Status 1
				Basis racks from the second half of 2026
				Sources [
					https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of
				]
			}
		}
	}
	{
		ID aws-trainium
		Buyer OpenAI
		Provider AWS
		Accel trainium3
		Derive 1
		ValueUSD 1e+11
		Size 2
		SizeUnit 1
		Start 2027-01
		Full 2028-12
		TermMonths 96
		Title AWS Trainium
		Announced 2026-02-27
		Facts {
			accel {
				Status 2
				Basis Trainium3 and Trainium4; Trainium3 stands for both
				Sources [
					https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 2
				Basis about 2 GW of Trainium capacity
				Sources [
					https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 2
				Basis eight years
				Sources [
					https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai
				]
			}
			value {
				Status 2
				Basis about 100 B USD more over eight years
				Sources [
					https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai
				]
			}
		}
	}
	{
		ID cerebras
		Buyer OpenAI
		Provider Cerebras
		Accel cs3
		Derive 1
		ValueUSD 1e+10
		Size 0.75
		SizeUnit 1
		Start 2026-03
		Full 2028-12
		TermMonths 60
		Title Cerebras
		Announced 2026-01-14
		Facts {
			accel {
				Status 2
				Basis Cerebras systems
				Sources [
					https://theaitrack.com/openai-10-billion-deal-cerebras-systems
				]
			}
			full {
				Status 2
				Basis through 2028
				Sources [
					https://theaitrack.com/openai-10-billion-deal-cerebras-systems
				]
			}
			gw {
				Status 2
				Basis up to 750 MW
				Sources [
					https://theaitrack.com/openai-10-billion-deal-cerebras-systems
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis tranches from 2026
			}
			term {
				Status 3
				Basis no duration disclosed
				Low 36
				High 84
			}
			value {
				Status 2
				Basis "\"over 10 B USD\" (WSJ)"
				Sources [
					https://theaitrack.com/openai-10-billion-deal-cerebras-systems
					https://coinalertnews.com/news/2026/01/15/openai-cerebras-10-billion-chip-deal
				]
			}
		}
	}
	{
		ID stargate-uae
		Buyer OpenAI
		Provider G42 / Oracle
		Accel gb300
		Price 3
		Size 1
		SizeUnit 1
		Start 2026-06
		Full 2028-12
		TermMonths 60
		Title Stargate UAE
		Announced 2025-05-22
		Facts {
			accel {
				Status 1
				Basis NVIDIA GB300
				Sources [
					https://www.verdict.co.uk/g42-1gw-stargate-ai-data/
				]
			}
			full {
				Status 3
				Basis no timeline for the rest
			}
			gw {
				Status 1
				Basis a 1 GW cluster in Abu Dhabi
				Sources [
					https://www.tomshardware.com/tech-industry/artificial-intelligence/openai-says-it-will-expand-stargate-ai-infrastructure-project-to-the-uae-starting-with-a-1gw-cluster
				]
			}
			price {
				Status 3
				Basis no terms disclosed
				Low 2
				High 4.5
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis the first 200 MW in 2026 (disclosed)
				Sources [
					https://gulfnews.com/business/markets/stargate-uae-first-phase-of-200mw-to-complete-by-2026-1.500310364
				]
			}
			term {
				Status 3
				Basis no duration disclosed
			}
		}
		Note Terms undisclosed; off by default.
	}
	{
		ID google
		Buyer OpenAI
		Provider Google Cloud
		Accel tpu7
		Price 2
		Size 100000
		Start 2025-07
		Full 2026-06
		TermMonths 60
		Title Google Cloud
		Announced 2025-06-10
		Facts {
			accel {
				Status 3
				Basis TPU access reported
				Sources [
					https://computer-services.industriesnews.net/news/278271343/openai-signs-cloud-deal-with-google-despite-intense-ai-rivalry
					https://www.indianweb2.com/2025/06/openai-rents-google-tpus-amid-ai.html
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			n {
				Status 3
				Basis no size disclosed
				Low 30000
				High 300000
			}
			price {
				Status 3
				Basis no terms disclosed
				Low 1.2
				High 3
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 3
				Basis no duration disclosed
			}
		}
		Note Terms undisclosed; off by default.
	}
	{
		ID anthropic-google
		Buyer Anthropic
		Provider Google Cloud
		Accel tpu7
		Price 1.5
		Size 1e+06
		Start 2026-01
		Full 2026-12
		TermMonths 72
		Title Anthropic–Google Cloud
		Announced 2025-10-23
		Facts {
			accel {
				Status 1
				Basis Google TPUs
				Sources [
					https://businessleadersreview.com/google-and-anthropic-expand-partnership-deal-to-access-one-million-tpus
				]
			}
			full {
				Status 1
				Basis well over 1 GW online in 2026
				Sources [
					https://businessleadersreview.com/google-and-anthropic-expand-partnership-deal-to-access-one-million-tpus
				]
			}
			n {
				Status 1
				Basis up to one million TPUs
				Sources [
					https://businessleadersreview.com/google-and-anthropic-expand-partnership-deal-to-access-one-million-tpus
					https://www.windowsnews.ai/article/anthropics-1-million-tpu-deal-with-google-ai-compute-arms-race-reshapes-cloud-windows-it.387507
				]
			}
			price {
				Status 3
				Basis in-house TPUs at a partner's price
				Low 1
				High 2.5
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 3
				Basis no duration disclosed
			}
		}
	}
	{
		ID anthropic-azure
		Buyer Anthropic
		Provider Microsoft
		Accel gb300
		Derive 1
		ValueUSD 3e+10
		Size 1
		SizeUnit 1
		Start 2026-01
		Full 2027-06
		TermMonths 72
		Title Anthropic–Microsoft Azure
		Announced 2025-11-18
		Facts {
			accel {
				Status 1
				Basis Grace Blackwell and Vera Rubin; GB300 stands for both
				Sources [
					https://windowsforum.com/threads/microsoft-nvidia-anthropic-alliance-expands-azure-ai-with-claude.389939
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 1
				Basis up to 1 GW
				Sources [
					https://windowsforum.com/threads/microsoft-nvidia-anthropic-alliance-expands-azure-ai-with-claude.389939
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 3
				Basis no duration disclosed
			}
			value {
				Status 1
				Basis 30 B USD of Azure compute
				Sources [
					https://windowsforum.com/threads/microsoft-nvidia-anthropic-alliance-expands-azure-ai-with-claude.389939
					https://wyomingstarnews.org/2025/11/19/microsoft-and-nvidia-pour-up-to-15-billion-into-anthropic-as-claude-maker-locks-in-30-billion-azure-deal
				]
			}
		}
	}
	{
		ID meta-coreweave
		Buyer Meta
		Provider CoreWeave
		Accel gb300
		Derive 2
		ValueUSD 1.42e+10
		Price 2.5
		Start 2025-10
		Full 2026-09
		TermMonths 75
		Title Meta–CoreWeave
		Announced 2025-09-30
		Facts {
			accel {
				Status 1
				Basis GB300
				Sources [
					https://www.bisnow.com/national/news/data-center/meta-signs-142b-deal-with-with-ai-cloud-firm-coreweave-131206
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis a long-term GB300 contract price
				Low 1.8
				High 4
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 1
				Basis through December 2031
				Sources [
					https://www.bisnow.com/national/news/data-center/meta-signs-142b-deal-with-with-ai-cloud-firm-coreweave-131206
				]
			}
			value {
				Status 1
				Basis up to 14.2 B USD through December 2031
				Sources [
					https://www.bisnow.com/national/news/data-center/meta-signs-142b-deal-with-with-ai-cloud-firm-coreweave-131206
					https://techfundingnews.com/meta-coreweave-21b-ai-cloud-deal/
				]
			}
		}
	}
	{
		ID meta-google
		Buyer Meta
		Provider Google Cloud
		Accel tpu7
		Derive 2
		ValueUSD 1e+10
		Price 2
		Start 2025-09
		Full 2026-08
		TermMonths 72
		Title Meta–Google Cloud
		Announced 2025-08-21
		Facts {
			accel {
				Status 3
				Basis servers, storage and networking; TPUs stand for them
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis no terms disclosed
				Low 1.2
				High 3
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 2
				Basis six years
				Sources [
					https://bizwatchnigeria.ng/google-secures-10bn-cloud-deal-with-meta
				]
			}
			value {
				Status 2
				Basis over 10 B USD over six years
				Sources [
					https://bizwatchnigeria.ng/google-secures-10bn-cloud-deal-with-meta
					https://www.etcentric.org/meta-secures-10-billion-deal-with-google-cloud-for-ai-efforts
				]
			}
		}
	}
	{
		ID microsoft-nebius
		Buyer Microsoft
		Provider Nebius
		Accel gb300
		Derive 2
		ValueUSD 1.74e+10
		Price 2.5
		Start 2025-11
		Full 2026-12
		TermMonths 60
		Title Microsoft–Nebius
		Announced 2025-09-08
		Facts {
			accel {
				Status 3
				Basis no hardware disclosed
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis a long-term GB300 contract price
				Low 1.8
				High 4
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 1
				Basis five years, through 2031
				Sources [
					https://www.constellationr.com/blog-news/insights/why-microsofts-ai-infrastructure-deal-nebius-savvy
				]
			}
			value {
				Status 1
				Basis 17.4 B USD over five years (up to 19.4 B)
				Sources [
					https://www.constellationr.com/blog-news/insights/why-microsofts-ai-infrastructure-deal-nebius-savvy
					https://www.newsbeep.com/112443
				]
			}
		}
	}
	{
		ID microsoft-iren
		Buyer Microsoft
		Provider IREN
		Accel gb300
		Derive 1
		ValueUSD 9.7e+09
		Size 0.24
		SizeUnit 1
		Start 2026-01
		Full 2026-12
		TermMonths 60
		Title Microsoft–IREN
		Announced 2025-11-03
		Facts {
			accel {
				Status 1
				Basis NVIDIA GB300
				Sources [
					https://www.gulftoday.ae/business/2025/11/03/microsoft-signs-97-billion-contract-with-iren-for-nvidia-chips
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 2
				Basis about 200 MW of critical IT power, 0.24 GW at PUE 1.2
				Sources [
					https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			term {
				Status 1
				Basis five years
				Sources [
					https://www.gulftoday.ae/business/2025/11/03/microsoft-signs-97-billion-contract-with-iren-for-nvidia-chips
				]
			}
			value {
				Status 1
				Basis 9.7 B USD over five years
				Sources [
					https://www.gulftoday.ae/business/2025/11/03/microsoft-signs-97-billion-contract-with-iren-for-nvidia-chips
					https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal
				]
			}
		}
	}
	{
		ID microsoft-nscale
		Buyer Microsoft
		Provider Nscale
		Accel gb300
		Derive 1
		ValueUSD 2.4e+10
		Size 200000
		Start 2026-01
		Full 2027-12
		TermMonths 60
		Title Microsoft–Nscale
		Announced 2025-10-15
		Facts {
			accel {
				Status 1
				Basis GB300
				Sources [
					https://www.benzinga.com/markets/tech/25/10/48223043/microsoft-and-nvidia-backed-nscale-announce-large-scale-ai-project-in-us-and-europe
				]
			}
			full {
				Status 3
				Basis the last site in 2027
			}
			n {
				Status 1
				Basis about 200,000 GB300 across four sites
				Sources [
					https://www.benzinga.com/markets/tech/25/10/48223043/microsoft-and-nvidia-backed-nscale-announce-large-scale-ai-project-in-us-and-europe
					https://www.techzine.eu/news/infrastructure/135498/nscale-signs-mega-contract-with-microsoft-for-ai-data-centers/
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis sites from Q1 2026 to 2027 (disclosed)
				Sources [
					https://www.benzinga.com/markets/tech/25/10/48223043/microsoft-and-nvidia-backed-nscale-announce-large-scale-ai-project-in-us-and-europe
				]
			}
			term {
				Status 3
				Basis no duration disclosed
			}
			value {
				Status 2
				Basis "\"up to 24 B USD\" (FT, CNBC)"
				Sources [
					https://www.techzine.eu/news/infrastructure/135498/nscale-signs-mega-contract-with-microsoft-for-ai-data-centers/
				]
			}
		}
	}
]
Presets [
	{
		ID openai-2025-11
		Title OpenAI, November 2025
		Note OpenAI's commitments as announced in early November 2025, when the AWS deal was signed.
		Buyer OpenAI
		On [
			aws
			azure
			oracle
			coreweave
			nvidia
			amd
			broadcom
		]
	}
	{
		ID openai-2026-11
		Title OpenAI, November 2026
		Note As known in November 2026: the AWS expansion and Cerebras added, the NVIDIA letter of intent off.
		Buyer OpenAI
		On [
			aws
			aws-trainium
			azure
			oracle
			coreweave
			amd
			broadcom
			cerebras
		]
	}
	{
		ID aws-only
		Title The AWS deal alone
		Note The 38 B USD AWS deal alone.
		Buyer OpenAI
		On [
			aws
		]
	}
	{
		ID anthropic
		Title Anthropic
		Note Anthropic's Google and Azure deals, for comparison.
		Buyer Anthropic
		On [
			anthropic-google
			anthropic-azure
		]
	}
	{
		ID microsoft-neoclouds
		Title Microsoft's neocloud leases
		Note Microsoft's leases from Nebius, IREN and Nscale, for comparison.
		Buyer Microsoft
		On [
			microsoft-nebius
			microsoft-iren
			microsoft-nscale
		]
	}
]
Notes [
	{
		Title Stargate is not a deal of its own here
		Text Stargate, the 500 B USD, 10 GW joint venture of OpenAI, SoftBank, Oracle and MGX, is an umbrella over several of these deals, Oracle's sites among them. It is left out of the library so that its capacity is not counted twice.
		Sources [
			https://www.centerconsulting.com/ai-library/milestones/2025-stargate
			https://www.finanzen.at/nachrichten/aktien/openai-oracle-softbank-unveil-$500-bln-stargate-ai-data-centers-across-five-u-s-locations-1035195196
		]
	}
]
`
