package library

import (
	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// Data vintage 2026-12, from shared/data/deals-2026-12.md: the first vintage
// of model version 2 (MODEL.md §7–§11). It stands alone: rows unchanged
// since 2026-11 are repeated here, with the URL constants of 2026-11 reused
// where the source is the same page. Once shipped, never edit it.
//
// Source labels of the data file ([aws38], [friar] …) become the constants
// below; the file's grades are in vintage202612Sources. Where the data file
// grades a source "M-H" it is graded M here (the lower grade: a single
// outlet's report is what most of them are), and "L-M" is graded L.

// Sources new in 2026-12. Company announcements first: a disclosed figure
// names the party's own post where a stored copy of its address was found.
const (
	// Parties' own announcements.
	srcAWSOpenAIPost      = "https://openai.com/index/aws-and-openai-partnership/"
	srcAWSAmazonPost      = "https://www.aboutamazon.com/news/aws/aws-open-ai-workloads-compute-infrastructure"
	srcAzureMSPost        = "https://blogs.microsoft.com/blog/2025/10/28/the-next-chapter-of-the-microsoft-openai-partnership/"
	srcMSAmendPost        = "https://blogs.microsoft.com/blog/2026/04/27/the-next-phase-of-the-microsoft-openai-partnership/"
	srcBroadcomOpenAIPost = "https://openai.com/index/openai-and-broadcom-announce-strategic-collaboration/"
	srcNvidiaOpenAIPost   = "https://openai.com/index/openai-nvidia-systems-partnership/"
	srcOracleOpenAIPost   = "https://openai.com/index/stargate-advances-with-partnership-with-oracle/"
	srcCoreWeavePost      = "https://www.coreweave.com/news/coreweave-expands-agreement-with-openai-by-up-to-6-5b"
	srcAnthGooglePost     = "https://www.anthropic.com/news/expanding-our-use-of-google-cloud-tpus-and-services"
	srcAnthAzurePost      = "https://blogs.microsoft.com/blog/2025/11/18/microsoft-nvidia-and-anthropic-announce-strategic-partnerships/"
	srcAnthAWSPost        = "https://www.anthropic.com/news/anthropic-amazon-compute"
	srcNebiusMSPost       = "https://nebius.com/newsroom/nebius-announces-multi-billion-dollar-agreement-with-microsoft-for-ai-infrastructure"

	// Hardware.
	srcVRFP8  = "https://megaobzor.com/NVIDIA-predstavila-novii-superkomputer-dlja-II.html"
	srcVRSpec = "https://mirrorfrog.com/en/blog/nvidia-vera-rubin-platform-6-chips-deep-dive"

	// Accelerator figures found for this vintage's sources (2026-11-30).
	srcTPU7HotChips  = "https://afnnews.qaasid.com/143260"
	srcTPU7TechRadar = "https://nnu.ng/ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-9216-chips-setting-a-new-world-record"
	srcCS3STH        = "https://www.servethehome.com/cerebras-wse-3-ai-chip-launched-56x-larger-than-nvidia-h100-vertiv-supermicro-hpe-qualcomm/"
	srcCS3Agents     = "https://awesomeagents.ai/hardware/cerebras-wse-3"
	srcVRRack        = "https://regantih.github.io/reports-lab/sand-to-superintelligence/chapters/14-nvl72-drills.tsv"
	srcNvGW          = "https://www.livemint.com/companies/nvidia-is-set-to-get-a-big-boost-from-openai-here-s-how-much-11756731303509.html"
	srcHuang80       = "https://gridreadiness.com/blog/jensen-huang-80-billion-per-gigawatt-grid-connection-investment-thesis.html"
	srcMI450         = "https://cloudnews.tech/amd-challenges-vera-rubin-instinct-mi455x-and-mi430x-promise-fp4-fp8-parity-same-bandwidth-and-double-hbm4-memory"
	srcSrvNews       = "https://servernews.ru/1133303"
	srcTrn2          = "https://glennklockwood.com/garden/processors/trainium2"
	srcTrn3          = "https://www.tomshardware.com/tech-industry/artificial-intelligence/amazon-launches-trainium3-ai-accelerator-competing-directly-against-blackwell-ultra-in-fp8-performance-new-trn3-gen2-ultraserver-takes-vertical-scaling-notes-from-nvidias-playbook"
	srcTrn4          = "https://nand-research.com/?p=5010"
	srcLPX           = "https://bitcoinnewsinvest.com/nvidia-unveils-groq-3-lpx-rack-system-for-ultra-low-latency-ai-inference"
	srcBcmFin        = "https://www.memorymarket.com/newsflash/731"
	srcMetaAMD60     = "https://www.tredu.com/news/meta-and-advanced-micro-devices-sign-6-gigawatt-data-center-deal"

	// OpenAI's deals.
	srcGPU1M       = "https://www.moneycontrol.com/technology/openai-to-cross-1-million-gpus-in-2025-but-sam-altman-wants-more-article-13301548.html"
	srcNvVR        = "https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/"
	srcGroq        = "https://awesomeagents.ai/news/nvidia-groq-inference-chip-openai"
	srcNv30        = "https://thedailyoverview.com/openai-slashes-massive-spending-plan-as-harsh-reality-hits/"
	srcOracle30    = "https://www.etcentric.org/openai-and-oracle-confirm-30b-annual-data-center-contract"
	srcOracleDelay = "https://archive.is/latest/https://www.bloomberg.com/news/articles/2025-12-12/some-oracle-data-centers-for-openai-delayed-to-2028-from-2027"
	srcAbilene     = "https://www.tomshardware.com/tech-industry/oracle-and-openai-scrap-planned-600mw-abilene-expansion"
	srcAbileneMS   = "https://forums.azcwr.org/post.php?p=SI0VahDGNB"
	srcStargate10  = "https://docsdigest.com/en/technologies/openai-news/posts/511?provider=claude"
	srcAMDTechnode = "https://technode.global/2025/10/07/amd-and-openai-team-up-to-deploy-6-gigawatts-of-amd-gpus"
	srcAMD1GW      = "https://fundalyst.xyz/AMD/gpu_share_capture/openai_deal"
	srcBcmQ1       = "https://longbridge.com/en/topics/39073892"
	srcBcmTan      = "https://www.allaroundworlds.com/oracle-denies-delays-openai-data-center-plan"
	srcCer20       = "https://www.world-today-journal.com/?p=2136663"
	srcCerS1       = "https://mobiletechworld.com/openai-cerebras-20-billion-deal-infrastructure-april-2026/"
	srcSBE         = "https://newsable.asianetnews.com/markets/openai-and-softbank-to-invest-1b-in-sb-energy-to-build-more-ai-data-centers-articleshow-upaeh9s"
	srcPivot       = "https://aisecwatch.com/issues/2bf0c7a0-503d-4480-9fcc-94610e6d6395"
	srcUKNO        = "https://radar.creative-technology.digital/intelligence/sources/2026-04-15-openai-stargate-uk-norway-pullback"
	srcNarvik      = "https://maestrousa.com/openais-norwegian-ai-infrastructure-project-shifts-focus-as-microsoft-secures-capacity-amidst-shifting-global-ai-development-landscape/"

	// OpenAI's revenue, costs and cash.
	srcMSAmend    = "https://mercuryoregon.com/openai-microsoft-broaden-cloud-access-deal/"
	srcCap38      = "https://cxovoice.com/openai-caps-microsoft-revenue-share-at-38-billion-in-major-deal-reset/"
	srcRevShare20 = "https://red.azn.boats/r/mlscaling/comments/1nucdh9/openai_financials_h1_2025_fttheinformation"
	srcMSPay      = "https://www.findarticles.com/leaked-documents-show-openais-deal-with-microsoft"
	srcMS13       = "https://herosweb.com/?p=45082"
	srcMSInfer    = "https://briefly.co/anchor/Artificial_intelligence/story/openai-has-spent-12b-on-inference-with-microsoft-report"
	srcEpoch24    = "https://epoch.ai/data-insights/openai-compute-spend"
	srcBrockman   = "https://thedailyscout.com/s/L61uXJUQUQM"
	srcFin25      = "https://aiworldtoday.com/news/leaked-openai-numbers-shift-the-narrative-13-billion-in-revenue-still-deep-in-the-red"
	srcFin25b     = "https://blog.022025.xyz/news/48565130"
	srcH125       = "https://biggo.com/news/202510030123_OpenAI_Burns_13.5_Billion_Despite_Revenue_Growth"
	srcQ126       = "https://ttm.financial/m/news/1197658515"
	srcQ1Margin   = "https://bitsminds.com/news/openai-confidential-s1-september-ipo-2026"
	srcRR23       = "https://aibeat.co/openai-to-reach-2-billion-revenue/"
	srcRR24       = "https://zoonop.com/articles/openais-2025-revenue-projections-reach-13-billion-amidst-high-investment-and-agi-expectations"
	srcRR12       = "https://fourweekmba.com/openais-12b-revenue-milestone-700-million-weekly-active-users-for-its-chatgpt-deep-dive-into-the-ai-race-implications"
	srcRR25       = "https://www.sacra.com/c/openai"
	srcRR2bmo     = "https://mungomash.com/orgs/openai/financials/"
	srcRound122   = "https://news.promtvault.app/editions/2026/05/06/stories/08-openai-122b-round-852b-valuation.html"
	srcSB40       = "https://www.socialsamosa.com/industry-updates/softbank-completes-40-billion-openai-investment-10961971"
	srcCredit4    = "https://staging.irishtimes.com/business/2025/11/28/openai-partners-amass-100bn-debt-pile-to-fund-its-ambitions"
	src600B       = "https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/"
	src600Cut     = "https://lowdown.today/t/data-centres/5/openai-cuts-compute-target-by-800bn/"
	srcWSJMiss    = "https://www.algorithmtimes.com/openai-missed-revenue-and-user-targets/"
	srcWSJ121     = "https://www.edgen.tech/news/post/openai-anthropic-financials-reveal-a-121-billion-ipo-problem"
	srcBurn2527   = "https://altcoinbeat.com/openai-115-billion-gamble-can-it-survive-a-looming-financial-collapse"
	srcHSBC2      = "https://www.businessupturn.com/usa/?p=96670"
	srcHSBC3      = "https://mail.itx.ba/news/ai/62100-openai-is-digging-a-deeper-money-pit-than-anyone-guessed"
	srcHSBC702    = "https://www.newsbytesapp.com/news/business/openai-could-face-a-207b-funding-gap-by-2030-says-hsbc/tldr"
	srcDB         = "https://ttm.financial/m/news/2589817659"
	srcBain       = "https://www.tomshardware.com/tech-industry/bain-says-compute-demand-is-outpacing-capital"
	srcGWMemo     = "https://thedailyscout.com/s/xPbMgbVgnSk"
	srcAnth7GW    = "https://www.type0.ai/articles/openai-expects-four-to-one-compute-lead-over-anthropic"

	// Anthropic.
	srcARR      = "https://liveinthefuture.org/stories/anthropic-965b-valuation-revenue-curve.html"
	srcA47      = "https://pjfp.com/tag/interpretability/"
	srcADario   = "https://web3.oyuzh.com/discover/post/70799181272160"
	srcA1B      = "https://vuink.com/post/guryvf-d-dbet/blog/anthropic-at-60b"
	srcA5B      = "https://www.prosperiaxfinance.com/p/anthropic-s-path-to-public-markets"
	srcA19B     = "http://asiaict.com/ai/16355.html"
	srcA30B     = "https://chatforest.com/reviews/anthropic-google-broadcom-3-5gw-tpu-compute-deal-2026/"
	srcARRDef   = "https://theinformationmachine.fyi/items/22526/"
	srcARev25   = "https://the-decoder.com/anthropic-is-betting-on-an-audacious-leap-from-4-7-billion-to-70-billion-in-revenue-by-2028/"
	srcAQ2      = "https://chatforest.com/reviews/anthropic-first-operating-profit-q2-2026-milestone-or-accounting/"
	srcACompute = "https://maksipi-blog.vercel.app/en/posts/post14.html"
	srcASBC     = "https://www.sipoch.com/en/article/300330023226029"
	srcAProj    = "https://www.btimesonline.com/articles/175839/20251107/openai-s-12b-quarterly-loss-highlights-cost-of-ai-race-as-anthropic-forecasts-70b-sales-by-2028.htm"
	srcA2028    = "https://www.nextfin.ai/en/news/anthropic-delays-cash-flow-positivity-2028-cef5ebe6c9"
	srcASeriesG = "https://www.discoverheadlines.com/2026/02/the-ai-gold-rush-anthropics-380bn.html"
	srcAG40     = "https://corsummit.netlify.app/news/google-40-billion-anthropic-investment-350-billion-valuation-tpu-compute"
	srcAAWS     = "https://thesummerai.com/anthropic-amazon-deal/"
	srcA200B    = "https://ailearningguides.com/?p=5305"
	srcASpx     = "https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal"
	srcASpx2    = "https://www.krasa.ai/news/spacex-s1-anthropic-1-25-billion-monthly-colossus-compute-deal"
	srcAFlu     = "https://www.newser.com/story/378552/anthropic-makes-a-big-bet-on-data-centers.html"
	srcAAkamai  = "https://www.beri.net/article/anthropic-akamai-xai-cloud-deals"

	// Meta, Microsoft, xAI.
	srcMetaNv      = "https://ainewshome.com/article/meta-multiyear-deal-nvidia-gpus"
	srcMetaNv50    = "https://insights.marvin-42.com/articles/metanvidiablackwell-gpuai"
	srcMetaAMD     = "https://www.wokv.com/news/business/facebook-owner-meta/YHXFM33PQEY7LEIUFMDQQRSMYM/"
	srcMetaGTPU    = "https://tokentimes.net/posts/2026-02-28-meta-strikes-multi-billion-deal-rent-google-tpus"
	srcMetaNeb     = "https://softwareherald.com/meta-signs-up-to-27b-ai-infrastructure-deal-with-nebius-on-nvidia-vera-rubin"
	srcMetaNeb25   = "https://www.sec.gov/Archives/edgar/data/1513845/000110465925109803/tm2530882d2_6k.htm"
	srcMetaCWRubin = "https://thedailyscout.com/s/B6HpGcyc8aA"
	srcMetaHyp     = "https://www.stocktitan.net/news/META/meta-announces-joint-venture-with-funds-managed-by-blue-owl-capital-cb9waindzv96.html"
	srcMS60        = "https://www.getappnet.com/news/microsoft-deepens-ai-investments-with-60b-multi-year-neocloud-commitments/155504"
	srcMSLambda    = "https://cxoxperts.com/?p=5756"
	srcXS1         = "https://www.digitalapplied.com/blog/xai-6-4b-loss-spacex-filing-analysis"
	srcXS1b        = "https://agenticdaily.ai/articles/xai-burned-6-4b-in-2025-and-capex-just-doubled-to-30-8b-annualized"
	srcXC1         = "https://offscreenspace.com/news/xai-unveils-colossus-2-datacenter-2439"
	srcXC2         = "https://thenewsintel.com/industrial-scale-intelligence-xai-flips-the-switch-on-1gw-colossus-2-supercluster1"
	srcXSPV        = "https://www.inkl.com/news/musk-s-net-worth-nears-500b-again-as-xai-eyes-20-billion-nvidia-chip-deal-for-colossus-2-data-centre"
	srcXE          = "https://www.nasdaq.com/articles/elon-musks-xai-raises-20-bln-funding-backing-nvidia-and-qatar"
	srcXMerge      = "https://longbridge.com/topics/42313269"
)

// ownedBy makes the model terms of an owned library deal of any buyer:
// bought on delivery at the catalog unit cost (PriceAuto), derive is value
// unless the row gives the value and derives the size.
//
//go:noinline
func ownedBy(id, buyer, provider, accel string, shape model.Shape, derive model.Quantity, value, size float64, unit model.SizeUnit, start, full calendar.Month) model.Deal {
	return model.Deal{ID: id, Buyer: buyer, Provider: provider, Kind: model.Owned, Accel: accel, Derive: derive,
		ValueUSD: value, PriceAuto: true, Size: size, SizeUnit: unit, Start: start, Full: full, Shape: shape}
}

// pub makes a published figure; from and to are years, fromMonth narrows
// the first of them (zero: January).
//
//go:noinline
func pub(id, source, date, label, path string, from, to int, fromMonth calendar.Month, usd float64, f Fact, note string) Published {
	return Published{ID: id, Source: source, Date: date, Label: label, Path: path, FromYear: from, ToYear: to,
		FromMonth: fromMonth, ValueUSD: usd, Fact: f, Note: note}
}

// withSustain gives a library deal its own choice of MODEL.md §7's switch.
//
//go:noinline
func withSustain(d model.Deal, s model.SustainOverride) model.Deal {
	d.Sustain = s
	return d
}

// vintage202612Sources grades every source that the facts of vintage
// 2026-12 cite, with the grade of the data file's Sources list ("M-H" as M,
// "L-M" as L). The parties' own posts, found after the data file was
// written, are graded H: each is a company's own statement. Sources carried
// over from 2026-11 take the grade of shared/data/facts.md.
//
//go:noinline
func vintage202612Sources() []Source {
	const (
		h = GradeH
		m = GradeM
		l = GradeL
	)
	return []Source{
		// The parties' own posts.
		{URL: srcAWSOpenAIPost, Title: "OpenAI: AWS and OpenAI announce multi-year strategic partnership", Date: "2025-11-03", Grade: h},
		{URL: srcAWSAmazonPost, Title: "Amazon: AWS and OpenAI announce multi-year strategic partnership", Date: "2025-11-03", Grade: h},
		{URL: srcAzureMSPost, Title: "Microsoft: The next chapter of the Microsoft–OpenAI partnership", Date: "2025-10-28", Grade: h},
		{URL: srcMSAmendPost, Title: "Microsoft: The next phase of the Microsoft–OpenAI partnership", Date: "2026-04-27", Grade: h},
		{URL: srcBroadcomOpenAIPost, Title: "OpenAI and Broadcom announce strategic collaboration (10 GW)", Date: "2025-10-13", Grade: h},
		{URL: srcNvidiaOpenAIPost, Title: "OpenAI and NVIDIA announce a letter of intent for 10 GW", Date: "2025-09-22", Grade: h},
		{URL: srcOracleOpenAIPost, Title: "OpenAI: Stargate advances with 4.5 GW partnership with Oracle", Date: "2025-07-22", Grade: h},
		{URL: srcCoreWeavePost, Title: "CoreWeave expands agreement with OpenAI by up to 6.5 B USD", Date: "2025-09-25", Grade: h},
		{URL: srcAMDPrimary, Title: "AMD and OpenAI announce strategic partnership to deploy 6 GW of AMD GPUs", Date: "2025-10-06", Grade: h},
		{URL: srcAnthGooglePost, Title: "Anthropic: Expanding our use of Google Cloud TPUs and services", Date: "2025-10-23", Grade: h},
		{URL: srcAnthAzurePost, Title: "Microsoft, NVIDIA and Anthropic announce strategic partnerships", Date: "2025-11-18", Grade: h},
		{URL: srcAnthAWSPost, Title: "Anthropic: compute agreement with Amazon", Date: "2026-04-20", Grade: h},
		{URL: srcNebiusMSPost, Title: "Nebius announces multi-billion dollar agreement with Microsoft", Date: "2025-09-08", Grade: h},

		// Hardware.
		{URL: srcH100Specs, Title: "NVIDIA H100/H200 specifications", Grade: h},
		{URL: srcH100Contract, Title: "H100 reserved capacity hits a 2.35 USD/hour floor", Date: "2026-03", Grade: m},
		{URL: srcGB200Rack, Title: "NVIDIA GB200 NVL72 rack", Grade: m},
		{URL: srcGB200Spheron, Title: "Spheron: H200 vs B200 vs GB200 (list prices)", Grade: l},
		{URL: srcBernsteinGW, Title: "Bernstein: what a GW of data-center capacity costs", Grade: m},
		{URL: srcNvGW, Title: "Mint: NVIDIA's take per GW from OpenAI", Grade: h},
		{URL: srcHuang80, Title: "Huang: 80–100 B USD per GW (blog)", Grade: l},
		{URL: srcIRENDcpulse, Title: "Microsoft–IREN GB300 cloud deal", Date: "2025-11-03", Grade: h},
		{URL: srcVRFP8, Title: "NVIDIA Vera Rubin rack FP8 (review site)", Grade: l},
		{URL: srcVRSpec, Title: "Vera Rubin platform deep dive (blog)", Grade: l},
		{URL: srcTPU7HotChips, Title: "Google's Ironwood TPU at Hot Chips 2025 (a live blog, reposted)", Date: "2025-08", Grade: l},
		{URL: srcTPU7TechRadar, Title: "Ironwood TPU details (TechRadar, reposted)", Date: "2025-08", Grade: l},
		{URL: srcCS3STH, Title: "ServeTheHome: Cerebras WSE-3 AI chip launched", Date: "2024-03", Grade: m},
		{URL: srcCS3Agents, Title: "Cerebras WSE-3 hardware page (aggregator)", Grade: l},
		{URL: srcVRRack, Title: "NVL72 rack power table (personal report)", Grade: l},
		{URL: srcMI450, Title: "AMD MI455X and MI430X against Vera Rubin", Grade: m},
		{URL: srcSrvNews, Title: "ServerNews: AMD MI450 and Trainium3 figures", Grade: m},
		{URL: srcTrn2, Title: "Glenn Lockwood: Trainium2", Grade: m},
		{URL: srcTrn3, Title: "Tom's Hardware: Amazon launches Trainium3", Grade: h},
		{URL: srcTrn4, Title: "NAND Research: Trainium4 preview", Grade: m},
		{URL: srcLPX, Title: "NVIDIA Groq 3 LPX rack", Grade: m},
		{URL: srcBcmFin, Title: "OpenAI–Broadcom first tranche financing (newsflash)", Grade: l},
		{URL: srcTomsBlackwell, Title: "Tom's Hardware: Blackwell Ultra details", Grade: h},
		{URL: srcVerdaGB300, Title: "Verda: GB300 NVL72 architecture", Grade: m},
		{URL: srcMLCommons, Title: "MLCommons inference v6.1: GB200 NVL72 system description", Grade: h},

		// World (carried over from 2026-11).
		{URL: srcLiquidPUE, Title: "PUE of liquid-cooled AI halls", Grade: m},
		{URL: srcUptimePUE, Title: "Uptime Institute: PUE survey", Grade: h},
		{URL: srcEIAState, Title: "EIA: industrial electricity rates by state", Date: "2025-06", Grade: h},
		{URL: srcPPA, Title: "pv magazine USA: PPA prices", Date: "2026-01-30", Grade: h},
		{URL: srcGoldmanDC, Title: "Goldman Sachs and McKinsey on data-center build costs", Grade: m},
		{URL: srcCBREDC, Title: "Data-center construction costs 2025 (CBRE figures)", Grade: m},
		{URL: srcEpochTCO, Title: "Epoch AI: AI data-center cost breakdown", Date: "2026-05-14", Grade: h},
		{URL: srcServerLife, Title: "Useful life of servers at tech companies", Grade: h},
		{URL: srcAmazonLife, Title: "Amazon revises server lifespan", Date: "2025-02-07", Grade: h},
		{URL: srcMFU, Title: "Training MFU (Llama 3 paper, quoted)", Grade: h},
		{URL: srcGWPerWeek, Title: "Altman: a factory for 1 GW of AI infrastructure a week", Date: "2025-09-23", Grade: h},

		// OpenAI's deals.
		{URL: srcOpenAIARR, Title: "OpenAI CFO: 20 B USD revenue, 1.9 GW of compute in 2025", Date: "2026-01-18", Grade: h},
		{URL: srcGPU1M, Title: "OpenAI to cross 1 million GPUs in 2025", Grade: h},
		{URL: srcNvVR, Title: "PC Gamer: OpenAI's 110 B USD of new funding, NVIDIA capacity", Date: "2026-02-27", Grade: h},
		{URL: srcGroq, Title: "NVIDIA's Groq-based inference chip for OpenAI", Grade: m},
		{URL: srcNvidiaLOI, Title: "OpenAI and NVIDIA 10 GW letter of intent", Date: "2025-09-22", Grade: h},
		{URL: srcNv30, Title: "OpenAI slashes its spending plan; NVIDIA equity in place of the LOI", Grade: m},
		{URL: srcAWSValue, Title: "OpenAI–AWS seven-year 38 B USD deal", Date: "2025-11-03", Grade: h},
		{URL: srcAWSTrainium, Title: "Tom's Hardware: Amazon invests 50 B USD in OpenAI", Date: "2026-02-27", Grade: m},
		{URL: srcAzure, Title: "Benzinga: Microsoft's new deal with OpenAI", Date: "2025-10-28", Grade: h},
		{URL: srcOracleValue, Title: "300 B USD OpenAI–Oracle deal", Date: "2025-09-10", Grade: h},
		{URL: srcOracleGW, Title: "CNA: Oracle and OpenAI add 4.5 GW", Date: "2025-07-22", Grade: h},
		{URL: srcOracle30, Title: "OpenAI and Oracle confirm a 30 B USD annual contract", Grade: m},
		{URL: srcOracleDelay, Title: "Bloomberg: some Oracle data centers for OpenAI delayed to 2028", Date: "2025-12-12", Grade: m},
		{URL: srcAbilene, Title: "Tom's Hardware: Oracle and OpenAI scrap the Abilene expansion", Date: "2026-03", Grade: h},
		{URL: srcAbileneMS, Title: "Microsoft leases the Abilene expansion site (forum)", Grade: m},
		{URL: srcStargate10, Title: "OpenAI: over 10 GW of Stargate capacity secured (digest)", Date: "2026-04-29", Grade: h},
		{URL: srcCoreWeave23, Title: "Reuters via anyfans: CoreWeave expands its OpenAI pact", Date: "2025-09-25", Grade: h},
		{URL: srcAMDTechnode, Title: "AMD and OpenAI to deploy 6 GW of AMD GPUs", Date: "2025-10-07", Grade: h},
		{URL: srcAMD1GW, Title: "Analyst: only the first GW of AMD–OpenAI binds", Grade: l},
		{URL: srcBroadcom, Title: "Sherwood: Broadcom and OpenAI, 10 GW", Date: "2025-10-13", Grade: h},
		{URL: srcBcmQ1, Title: "Broadcom Q1 FY2026: OpenAI a substantive customer", Date: "2026-03", Grade: m},
		{URL: srcBcmTan, Title: "Hock Tan on OpenAI's 2027–2029 ramp", Grade: m},
		{URL: srcCerebras, Title: "OpenAI's deal with Cerebras Systems", Date: "2026-01-14", Grade: m},
		{URL: srcCer20, Title: "OpenAI–Cerebras over 20 B USD", Grade: m},
		{URL: srcCerS1, Title: "OpenAI–Cerebras 20 B USD deal (Cerebras S-1)", Date: "2026-04", Grade: m},
		{URL: srcSBE, Title: "OpenAI and SoftBank invest 1 B USD in SB Energy", Date: "2026-01-09", Grade: h},
		{URL: srcUAEPhase, Title: "Gulf News: Stargate UAE first 200 MW by 2026", Grade: h},
		{URL: srcGoogle, Title: "OpenAI signs a cloud deal with Google", Date: "2025-06-10", Grade: h},
		{URL: srcPivot, Title: "OpenAI prefers leasing (newsletter)", Date: "2026-03", Grade: m},
		{URL: srcUKNO, Title: "Stargate UK paused, Norway dropped", Date: "2026-04-15", Grade: m},
		{URL: srcNarvik, Title: "Microsoft takes the Narvik capacity", Date: "2026-04-15", Grade: m},

		// OpenAI's revenue, costs and cash.
		{URL: srcMSAmend, Title: "OpenAI and Microsoft broaden cloud access (amendment)", Date: "2026-04-27", Grade: h},
		{URL: srcCap38, Title: "OpenAI caps Microsoft's revenue share at 38 B USD", Date: "2026-04", Grade: m},
		{URL: srcRevShare20, Title: "OpenAI financials H1 2025 (FT, The Information), forum summary", Grade: m},
		{URL: srcMSPay, Title: "Leaked documents on OpenAI's payments to Microsoft", Grade: l},
		{URL: srcMS13, Title: "About 13 B USD paid to Microsoft (blog)", Grade: l},
		{URL: srcMSInfer, Title: "OpenAI's inference spend with Microsoft (leak)", Grade: l},
		{URL: srcEpoch24, Title: "Epoch AI: OpenAI's compute spend", Grade: m},
		{URL: srcBrockman, Title: "Brockman under oath: about 50 B USD of compute in 2026", Date: "2026-05", Grade: m},
		{URL: srcFin25, Title: "Leaked OpenAI accounts 2025: 13 B USD revenue", Grade: m},
		{URL: srcFin25b, Title: "OpenAI 2025 accounts (news digest)", Grade: m},
		{URL: srcH125, Title: "OpenAI burned 13.5 B USD in H1 2025", Date: "2025-10-03", Grade: m},
		{URL: srcQ126, Title: "OpenAI Q1 2026 revenue", Grade: m},
		{URL: srcQ1Margin, Title: "OpenAI confidential S-1; Q1 2026 margin", Date: "2026-05-22", Grade: m},
		{URL: srcRR23, Title: "OpenAI to reach 2 B USD revenue", Grade: m},
		{URL: srcRR24, Title: "OpenAI's 2025 revenue projections", Grade: m},
		{URL: srcRR12, Title: "OpenAI's 12 B USD revenue milestone", Date: "2025-07", Grade: m},
		{URL: srcRR25, Title: "Sacra: OpenAI", Grade: l},
		{URL: srcRR2bmo, Title: "OpenAI financials (tracker): about 2 B USD a month", Grade: m},
		{URL: srcRound122, Title: "OpenAI's 122 B USD round at 852 B", Date: "2026-03-31", Grade: h},
		{URL: srcSB40, Title: "SoftBank completes its 40 B USD OpenAI investment", Date: "2025-12-26", Grade: h},
		{URL: srcCredit4, Title: "Irish Times: OpenAI partners' debt pile; 4 B USD credit line", Date: "2025-11-28", Grade: m},
		{URL: src600B, Title: "Indian Express: OpenAI expects about 600 B USD of compute through 2030", Date: "2026-02", Grade: h},
		{URL: src600Cut, Title: "OpenAI cuts its compute target", Grade: m},
		{URL: srcWSJMiss, Title: "OpenAI missed revenue and user targets (WSJ)", Grade: m},
		{URL: srcWSJ121, Title: "OpenAI and Anthropic financials: 121 B USD of compute in 2028 (WSJ)", Grade: m},
		{URL: srcBurn2527, Title: "OpenAI's 115 B USD gamble (burn path)", Grade: l},
		{URL: srcProjections, Title: "OpenAI projects 115 B USD of cash burn by 2029", Date: "2025-09", Grade: m},
		{URL: srcHSBC, Title: "HSBC: OpenAI needs another 207 B USD by 2030", Date: "2025-11-26", Grade: m},
		{URL: srcHSBC2, Title: "HSBC on OpenAI's funding gap", Date: "2025-11", Grade: m},
		{URL: srcHSBC3, Title: "OpenAI's money pit (HSBC figures)", Date: "2025-11", Grade: m},
		{URL: srcHSBC702, Title: "HSBC: 207 B USD funding gap (summary)", Date: "2025-11", Grade: l},
		{URL: srcDB, Title: "Deutsche Bank: OpenAI's negative free cash flow", Date: "2025-11", Grade: m},
		{URL: srcBain, Title: "Bain: compute demand outpaces capital", Grade: m},
		{URL: srcGWMemo, Title: "OpenAI investor memo: 30 GW by 2030; Anthropic 1.4 GW", Grade: m},
		{URL: srcAnth7GW, Title: "OpenAI expects a four-to-one compute lead over Anthropic", Grade: m},

		// Anthropic.
		{URL: srcARR, Title: "Anthropic's revenue curve", Grade: m},
		{URL: srcA47, Title: "Anthropic: 47 B USD run-rate, Series H", Date: "2026-05-28", Grade: h},
		{URL: srcADario, Title: "Anthropic's 2023 revenue (post)", Grade: l},
		{URL: srcA1B, Title: "Anthropic at 60 B USD (blog)", Grade: l},
		{URL: srcA5B, Title: "Anthropic's path to public markets", Grade: m},
		{URL: srcA19B, Title: "Anthropic 19 B USD run-rate (news site)", Grade: l},
		{URL: srcA30B, Title: "Anthropic–Google–Broadcom 3.5 GW TPU deal; 30 B USD run-rate", Date: "2026-04", Grade: h},
		{URL: srcAnthropicRR, Title: "Broadcom–Google–Anthropic TPU deal", Date: "2026-04-06", Grade: h},
		{URL: srcARRDef, Title: "How Anthropic counts its run-rate", Grade: m},
		{URL: srcARev25, Title: "The Decoder: Anthropic from 4.7 B to 70 B USD by 2028", Grade: m},
		{URL: srcAQ2, Title: "Anthropic's first operating profit, Q2 2026", Grade: m},
		{URL: srcACompute, Title: "Anthropic's compute share of revenue (blog)", Grade: l},
		{URL: srcASBC, Title: "Anthropic's stock pay (article)", Grade: l},
		{URL: srcAProj, Title: "Anthropic forecasts 70 B USD of sales by 2028", Date: "2025-11-07", Grade: m},
		{URL: srcA2028, Title: "Anthropic delays cash-flow positivity to 2028", Grade: m},
		{URL: srcASeriesG, Title: "Anthropic's Series G at 380 B USD", Date: "2026-02", Grade: m},
		{URL: srcAG40, Title: "Google's up to 40 B USD investment in Anthropic", Date: "2026-04-24", Grade: m},
		{URL: srcAAWS, Title: "Anthropic–Amazon deal: 100 B USD, up to 5 GW", Date: "2026-04-20", Grade: h},
		{URL: srcA200B, Title: "Anthropic–Google TPU deal about 200 B USD", Grade: m},
		{URL: srcASpx, Title: "SpaceX S-1 amendment: Anthropic's Colossus compute", Date: "2026-05", Grade: h},
		{URL: srcASpx2, Title: "SpaceX S-1: Anthropic 1.25 B USD a month", Date: "2026-05", Grade: m},
		{URL: srcAFlu, Title: "Anthropic's 50 B USD data-center bet with Fluidstack", Date: "2025-11-12", Grade: h},
		{URL: srcAnthGoogle, Title: "Google and Anthropic: up to one million TPUs", Date: "2025-10-23", Grade: h},
		{URL: srcAnthAzure, Title: "Microsoft, NVIDIA, Anthropic alliance (forum)", Date: "2025-11-18", Grade: h},
		{URL: srcAnthAzure2, Title: "Microsoft and NVIDIA invest up to 15 B USD in Anthropic", Date: "2025-11-19", Grade: h},
		{URL: srcAAkamai, Title: "Anthropic's Akamai and xAI cloud deals", Grade: m},

		// Meta, Microsoft, xAI.
		{URL: srcMetaNv, Title: "Meta's multiyear deal for NVIDIA GPUs", Date: "2026-02-17", Grade: h},
		{URL: srcMetaNv50, Title: "Meta–NVIDIA Blackwell deal size (blog)", Grade: l},
		{URL: srcMetaAMD, Title: "Meta signs a 6 GW deal with AMD", Date: "2026-02-24", Grade: h},
		{URL: srcMetaAMD60, Title: "Meta and AMD 6 GW: AMD's sales estimate", Grade: m},
		{URL: srcMetaGTPU, Title: "Meta rents Google TPUs", Date: "2026-02-28", Grade: m},
		{URL: srcMetaNeb, Title: "Meta signs up to 27 B USD with Nebius", Date: "2026-03-16", Grade: h},
		{URL: srcMetaNeb25, Title: "Nebius 6-K: Meta agreement", Date: "2025-11", Grade: h},
		{URL: srcMetaCW, Title: "Bisnow: Meta signs 14.2 B USD with CoreWeave", Date: "2025-09-30", Grade: h},
		{URL: srcMetaCWRubin, Title: "CoreWeave–Meta 21 B USD expansion", Date: "2026-04-09", Grade: h},
		{URL: srcMetaGoogle, Title: "Google secures a 10 B USD cloud deal with Meta", Date: "2025-08-21", Grade: m},
		{URL: srcMetaHyp, Title: "Meta's Hyperion joint venture with Blue Owl", Grade: h},
		{URL: srcNebius, Title: "Constellation Research: Microsoft–Nebius", Date: "2025-09", Grade: h},
		{URL: srcNscale, Title: "Microsoft and Nscale announce a large AI project", Date: "2025-10-15", Grade: h},
		{URL: srcMS60, Title: "Microsoft's 60 B USD of neocloud commitments (Bloomberg tally)", Grade: m},
		{URL: srcMSLambda, Title: "Microsoft–Lambda deal", Date: "2025-11-03", Grade: m},
		{URL: srcXS1, Title: "xAI's 6.4 B USD loss in the SpaceX filing", Grade: h},
		{URL: srcXS1b, Title: "xAI burned 6.4 B USD in 2025; capex", Grade: m},
		{URL: srcXC1, Title: "xAI's Colossus data centers", Grade: m},
		{URL: srcXC2, Title: "xAI switches on the 1 GW Colossus 2", Grade: m},
		{URL: srcXSPV, Title: "xAI's 20 B USD NVIDIA chip SPV", Date: "2025-10", Grade: m},
		{URL: srcXE, Title: "Nasdaq: xAI raises 20 B USD", Date: "2026-01-06", Grade: h},
		{URL: srcXMerge, Title: "xAI merges into SpaceX", Date: "2026-02", Grade: m},
	}
}

func vintage202612() *Vintage {
	v := &Vintage{ID: "2026-12", ModelVersion: 2, Sources: vintage202612Sources()}

	v.Accelerators = []Accelerator{
		{
			Accelerator: model.Accelerator{ID: "h100", Name: "NVIDIA H100 SXM", ITKW: 1.275, FP8PFLOPS: 1.979, HBMGB: 80, CapexUSD: 40000},
			Facts: Facts{
				"it_kw": disclosed("a DGX H100 draws 10.2 kW for its 8 GPUs", srcH100Specs),
				"fp8":   disclosed("dense FP8 peak (the 3.96 PF figure is sparse)", srcH100Specs),
				"hbm":   disclosed("80 GB of HBM3", srcH100Specs),
				"capex": assumed("card plus its share of server and network").within(30000, 50000),
			},
			MarketUSDPerHour: 2.65,
			Market:           reported("one-year contract price: 2.35 in March 2026, about 2.65 by June 2026", srcH100Contract).within(1.70, 2.90),
		},
		{
			Accelerator: model.Accelerator{ID: "h200", Name: "NVIDIA H200 SXM", ITKW: 1.275, FP8PFLOPS: 1.979, HBMGB: 141, CapexUSD: 35000},
			Facts: Facts{
				"it_kw": disclosed("the H100's power: same board, more memory", srcH100Specs),
				"fp8":   disclosed("the H100's compute", srcH100Specs),
				"hbm":   disclosed("141 GB of HBM3e", srcH100Specs),
				"capex": assumed("an older part, priced below new Blackwell GPUs").within(28000, 45000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "gb200", Name: "NVIDIA GB200 NVL72", ITKW: 1.833, FP8PFLOPS: 5.0, HBMGB: 192, CapexUSD: 55000},
			Facts: Facts{
				"it_kw": reported("120–132 kW for a 72-GPU rack", srcGB200Rack).within(1.67, 1.9),
				"fp8":   reported("about 5 PF dense per GPU; some tables give 4.5", srcGB200Rack).within(4.5, 5.0),
				"hbm":   disclosed("192 GB of HBM3e as marketed", srcMLCommons, srcTomsBlackwell),
				"capex": assumed("about 3.4 M USD of compute per rack plus network, over 72 GPUs", srcBernsteinGW).within(45000, 65000),
			},
			MarketUSDPerHour: 2.60,
			Market:           assumed("a long-term contract rate; the 4.54 of 2026-11 was one provider's on-demand list price", srcGB200Spheron).within(2.0, 4.5),
		},
		{
			Accelerator: model.Accelerator{ID: "gb300", Name: "NVIDIA GB300 NVL72", ITKW: 1.875, FP8PFLOPS: 5.0, HBMGB: 288, CapexUSD: 65000},
			Facts: Facts{
				"it_kw": reported("about 135 kW for a 72-GPU rack", srcVerdaGB300).within(1.67, 1.9),
				"fp8":   reported("about 5 PF dense per GPU", srcVerdaGB300),
				"hbm":   disclosed("288 GB of HBM3e as marketed", srcTomsBlackwell, srcVerdaGB300),
				"capex": assumed("between Bernstein's 3.4 M USD a rack (about 47k a GPU) and NVIDIA's about 35 B USD a GW (about 79k)", srcBernsteinGW, srcNvGW).within(50000, 85000),
			},
			MarketUSDPerHour: 2.40,
			Market:           assumed("Microsoft–IREN's 1.94 B USD a year works out at 2.1–2.9 an hour; the GPU count is not confirmed", srcIRENDcpulse).within(2.0, 2.9),
		},
		{
			Accelerator: model.Accelerator{ID: "rubin", Name: "NVIDIA Vera Rubin (per 2-die package)", ITKW: 2.9, FP8PFLOPS: 16.7, HBMGB: 288, CapexUSD: 140000},
			Facts: Facts{
				"it_kw": reported("190–230 kW for a 72-package rack; claims of 120–130 kW set aside", srcVRRack).within(2.5, 3.2),
				"fp8":   reported("1.2 EF for a 72-package rack; one blog gives 12.5 dense", srcVRFP8, srcVRSpec).within(12.5, 17.5),
				"hbm":   reported("288 GB of HBM4 a package, NVIDIA's figure as two sites quote it; NVIDIA's own page is not stored", srcVRFP8, srcVRSpec),
				"capex": assumed("all-in cost matches NVIDIA's 50–60 B USD a GW; the top of the range is Huang's 80–100 B a GW", srcNvGW, srcHuang80).within(100000, 230000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "mi450", Name: "AMD Instinct MI450 / MI455X", ITKW: 2.0, FP8PFLOPS: 10, HBMGB: 432, CapexUSD: 50000},
			Facts: Facts{
				"it_kw": assumed("no rack power published").within(1.6, 2.8),
				"fp8":   reported("AMD's 20 PF FP8 is twice the MI355X's 10.1, a sparse figure: about 10 dense", srcMI450, srcSrvNews).within(10, 20),
				"hbm":   disclosed("432 GB of HBM4", srcMI450),
				"capex": assumed("Meta's 60–100 B USD for 6 GW is about 25–40k of AMD content a GPU", srcMetaAMD60).within(30000, 70000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "trainium2", Name: "AWS Trainium2", ITKW: 0.7, FP8PFLOPS: 1.3, HBMGB: 96, CapexUSD: 12000},
			Facts: Facts{
				"it_kw": assumed("no rack power published").within(0.5, 1.0),
				"fp8":   disclosed("1.3 PF dense FP8", srcTrn2),
				"hbm":   disclosed("96 GB of HBM", srcTrn2),
				"capex": assumed("in-house silicon, not sold").within(8000, 20000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "trainium3", Name: "AWS Trainium3", ITKW: 1.2, FP8PFLOPS: 2.52, HBMGB: 144, CapexUSD: 20000},
			Facts: Facts{
				"it_kw": assumed("the chip is reported near 1 kW; plus its share of the server", srcSrvNews).within(0.8, 1.6),
				"fp8":   disclosed("362 PF for a 144-chip UltraServer", srcTrn3),
				"hbm":   disclosed("144 GB of HBM3e", srcTrn3),
				"capex": assumed("in-house silicon, not sold").within(12000, 30000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "trainium4", Name: "AWS Trainium4", ITKW: 2.0, FP8PFLOPS: 7.5, HBMGB: 288, CapexUSD: 30000},
			Facts: Facts{
				"it_kw": assumed("no figure; a next-generation chip draws more").within(1.2, 2.8),
				"fp8":   reported("previewed at three times Trainium3's FP8, about 2027", srcTrn4).within(5, 10),
				"hbm":   assumed("previewed with four times the memory bandwidth; capacity not given", srcTrn4),
				"capex": assumed("in-house silicon, not sold").within(18000, 45000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "xpu", Name: "OpenAI–Broadcom accelerator", ITKW: 1.5, FP8PFLOPS: 5, HBMGB: 192, CapexUSD: 30000},
			Facts: Facts{
				"it_kw": assumed("nothing published").within(1.0, 2.2),
				"fp8":   assumed("nothing published").within(2, 8),
				"hbm":   assumed("nothing published"),
				"capex": assumed("the first ~1.3 GW reported at ~18 B USD, about 25k a unit; chip content 15–20 B USD a GW", srcBcmFin, srcBernsteinGW).within(20000, 45000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "tpu7", Name: "Google TPU v7 (Ironwood)", ITKW: 1.2, FP8PFLOPS: 4.614, HBMGB: 192, CapexUSD: 25000},
			Facts: Facts{
				"it_kw": assumed("no rack power published").within(0.8, 1.6),
				"fp8":   reported("4,614 TFLOPs of FP8 a chip, Google's figure at Hot Chips 2025 as the press quotes it; Google's own page is not stored", srcTPU7HotChips, srcTPU7TechRadar),
				"hbm":   reported("192 GB of HBM3e a chip (eight stacks), Google's figure at Hot Chips 2025 as the press quotes it", srcTPU7HotChips, srcTPU7TechRadar),
				"capex": assumed("in-house silicon, not sold").within(15000, 35000),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "cs3", Name: "Cerebras CS-3 system", ITKW: 23, FP8PFLOPS: 62, HBMGB: 44, CapexUSD: 2500000},
			Facts: Facts{
				"it_kw": reported("about 23 kW a CS-3 system", srcCS3Agents).within(20, 27),
				"fp8":   assumed("half the 125 PF sparse FP16 figure").within(40, 125),
				"hbm":   disclosed("44 GB of on-chip SRAM, not HBM, as Cerebras launched the WSE-3", srcCS3STH),
				"capex": assumed("no list price published").within(1.5e6, 3.5e6),
			},
		},
		{
			Accelerator: model.Accelerator{ID: "lp30", Name: "NVIDIA Groq 3 LPU (LPX rack of 256)", ITKW: 0.8, FP8PFLOPS: 1.23, HBMGB: 0.5, CapexUSD: 25000},
			Facts: Facts{
				"it_kw": assumed("rack power not published").within(0.5, 1.2),
				"fp8":   reported("315 PF for a 256-LPU rack", srcLPX),
				"hbm":   disclosed("500 MB of on-chip SRAM a chip, not HBM", srcLPX),
				"capex": assumed("price not published").within(10000, 50000),
			},
		},
	}

	v.World = model.World{
		PUE: 1.2, Load: 0.8, PowerUSDPerMWh: 70, FacilityCapexMUSDPerMW: 15, LifeYears: 5,
		Utilization: 0.4, DiscountRate: 0.08, ValuationMonth: mo(2025, 11),
		From: mo(2025, 1), To: mo(2035, 12),
		Sustain: true, SustainTrend: 0, Finance: model.FinanceLease, FinanceRate: 0.10,
	}
	v.WorldFacts = Facts{
		"pue":              assumed("new liquid-cooled AI halls run at 1.15–1.3; the industry average is about 1.56", srcLiquidPUE, srcUptimePUE).within(1.1, 1.5),
		"load":             assumed("AI halls draw close to nameplate; no sourced fleet figure").within(0.5, 1.0),
		"power_price":      assumed("US industrial rates 60–100 USD/MWh and PPAs 49–115 USD/MWh in 2025", srcEIAState, srcPPA).within(40, 120),
		"facility_capex":   assumed("AI-optimised halls 15–20 M USD per MW (Goldman Sachs); traditional 8–11", srcGoldmanDC, srcCBREDC).within(8, 25),
		"life":             assumed("hyperscalers depreciate servers over 5–6 years; Epoch's model uses 5", srcEpochTCO, srcServerLife, srcAmazonLife).within(3, 7),
		"utilization":      assumed("dense training reaches 38–43 % MFU; MoE FP8 training about 20 %", srcMFU).within(0.2, 0.7),
		"discount_rate":    assumed("a cost of capital for a fast-growing private company").within(0, 0.2),
		"valuation_month":  assumed("the month the AWS deal was signed"),
		"from":             assumed("the horizon shown: the first year of the deals"),
		"to":               assumed("the horizon shown: ten years on"),
		"sustain":          assumed("a buyer keeps the capacity it has reached: an ended lease is renewed, a retired chip replaced (a deal may opt out)"),
		"sustain_trend":    assumed("newer hardware has cost about the same per GW; the range allows it to get cheaper").within(-0.15, 0.05),
		"finance":          assumed("owned hardware is paid as a lease over its life, the way GPU-backed debt is raised, not in cash on delivery"),
		"finance_rate":     assumed("about the rate of GPU-backed debt").within(0.06, 0.15),
		"revenue":          assumed("revenue follows the buyer's growth path; per_gw ties it to the capacity online instead"),
		"rev_per_gw":       assumed("about 10 B USD of revenue a GW-year: OpenAI's CFO figures and Bain's ~2 T USD a year for ~200 GW", srcOpenAIARR, srcBain).within(6e9, 15e9),
		"rev_per_gw_trend": assumed("revenue per GW held flat; the range allows it to fall or to rise with better models").within(-0.1, 0.2),
	}
	v.Correlations = []Correlation{
		{A: "growth", B: "growth_decay", Rho: 0.6,
			Fact: assumed("fast early growth tends to be followed by fast slowing, so the two are drawn together")},
	}

	const (
		n  = model.Accelerators
		gw = model.GW
	)
	perGW := assumed("the world default: about 10 B USD of revenue a GW-year", srcOpenAIARR, srcBain).within(6e9, 15e9)
	perGWTrend := assumed("held flat").within(-0.1, 0.2)
	v.Buyers = []Buyer{
		{
			Name: "OpenAI",
			Revenue: model.Revenue{ARRUSD: 24e9, ARRMonth: mo(2026, 3), Growth: 0.9, GrowthDecay: 0.2,
				History: []model.RevenuePoint{
					{Month: mo(2023, 10), ARRUSD: 1.3e9},
					{Month: mo(2023, 12), ARRUSD: 2.0e9},
					{Month: mo(2024, 12), ARRUSD: 6.0e9},
					{Month: mo(2025, 6), ARRUSD: 10e9},
					{Month: mo(2025, 7), ARRUSD: 12e9},
					{Month: mo(2025, 12), ARRUSD: 20e9},
					{Month: mo(2026, 2), ARRUSD: 25e9},
				},
				Mode: model.RevenuePath, PerGWYearUSD: 10e9},
			Stated: model.Stated{ValueUSD: 1.4e12, GW: 30, GWPerWeek: 1},
			Facts: Facts{
				"arr":                disclosed("about 2 B USD a month in March 2026, when the 122 B round closed", srcRound122, srcRR2bmo),
				"arr_month":          disclosed("March 2026", srcRound122),
				"growth":             assumed("gives about 29 B USD in 2026, short of the 30 B target, and about 200 B in 2030 beside HSBC's 213 B; OpenAI's own 280 B would need about 1.1", srcWSJMiss, src600Cut, srcHSBC, src600B).within(0.3, 1.6),
				"growth_decay":       assumed("growth slows as revenue grows").within(0.05, 0.35),
				"rev_per_gw":         disclosed("derived from the CFO's run-rates of 2, 6 and over 20 B USD against 0.2, 0.6 and 1.9 GW; the range is ours", srcOpenAIARR).within(7e9, 15e9),
				"rev_per_gw_trend":   perGWTrend,
				"stated_value":       disclosed("about 1.4 T USD of commitments for about 30 GW over about 8 years (October–November 2025, since superseded)", src600B),
				"stated_gw":          disclosed("about 30 GW with the 1.4 T USD (2025, superseded); an investor memo keeps 30 GW by 2030 (reported)", src600B, srcGWMemo),
				"stated_gw_per_week": disclosed("Altman's ambition of a factory adding 1 GW a week", srcGWPerWeek),
				"history.2023-10":    reported("1.3 B USD run-rate", srcRR23),
				"history.2023-12":    disclosed("2 B USD (CFO: \"2 B, 2023\")", srcOpenAIARR, srcRR23),
				"history.2024-12":    disclosed("6 B USD per the CFO; The Information reported 5.5 B", srcOpenAIARR, srcRR24),
				"history.2025-06":    disclosed("10 B USD", srcRR24),
				"history.2025-07":    reported("12 B USD", srcRR12),
				"history.2025-12":    disclosed("over 20 B USD (CFO)", srcOpenAIARR),
				"history.2026-02":    reported("25 B USD", srcRR25),
				"cash":               assumed("not reported: 17.5 B USD in mid-2025, plus SoftBank's 22.5 B of 2025-12-26 and others, less the second half's burn", srcH125, srcSB40, srcHSBC).within(25e9, 45e9),
				"cash_month":         assumed("the balance at the start of January 2026"),
				"opex_share":         assumed("cash costs other than compute, without stock pay and the Microsoft share: about 80 % of revenue in Q1 2026 (derived)", srcQ1Margin, srcFin25, srcFin25b).within(0.5, 1.0),
				"opex_share_late":    assumed("OpenAI's plan is cash-positive in 2030 (reported)", src600B).within(0.15, 0.40),
				"opex_late_month":    assumed("2030, falling linearly from 2026"),
				"rev_share":          reported("20 % of OpenAI's revenue to Microsoft; leaked payments look lower, netting unclear", srcRevShare20, srcMSPay),
				"rev_share_end":      disclosed("the April 2026 amendment keeps the share through 2030, under a total cap", srcMSAmendPost, srcMSAmend),
				"rev_share_cap":      reported("38 B USD in all (The Information via Reuters); whether earlier payments count is not reported", srcCap38),
			},
			Statements: []Statement{
				{Text: "The ambition to build a factory that adds 1 GW of AI infrastructure every week.", Date: "2025-09-23", Sources: []string{srcGWPerWeek}},
				{Text: "Commitments of about 1.4 T USD for about 30 GW, later cut to about 600 B USD of compute through 2030.", Date: "2026-02", Sources: []string{src600B, src600Cut}},
				{Text: "Revenue run-rate 2 B USD (2023), 6 B (2024), over 20 B (2025) against 0.2, 0.6 and about 1.9 GW online: about 10 B USD of annual revenue per GW.", Date: "2026-01-18", Sources: []string{srcOpenAIARR}},
				{Text: "About 50 B USD of compute in 2026 (Brockman, under oath).", Date: "2026-05", Sources: []string{srcBrockman}},
			},
			Cash: model.Cash{Month: mo(2026, 1), USD: 35e9,
				OpexShare: 0.75, OpexShareLate: 0.25, OpexLateMonth: mo(2030, 1),
				RevShare: 0.20, RevShareEnd: mo(2030, 12), RevShareCapUSD: 38e9,
				Funding: []model.Funding{
					{ID: "round-2026-03", Name: "Round of March 2026, without Amazon's contingent part", USD: 87e9, Month: mo(2026, 3), On: true},
					{ID: "amazon-contingent", Name: "Amazon's contingent 35 B", USD: 35e9, Month: mo(2026, 3), On: false},
				}},
			FundingFacts: Facts{
				"round-2026-03":     disclosed("122 B USD committed at 852 B post-money (Amazon up to 50 B, NVIDIA 30 B, SoftBank 30 B, individuals over 3 B), less Amazon's contingent 35 B", srcRound122),
				"amazon-contingent": reported("35 B USD of Amazon's 50 B depends on an IPO or an AGI milestone", srcRound122, srcAWSTrainium),
			},
			FundingNotes: map[string]string{
				"round-2026-03":     "The 122 B USD round closed on 2026-03-31, counted here without Amazon's contingent part.",
				"amazon-contingent": "Off by default: Amazon pays it only on an IPO or an AGI milestone by 2028 (reported).",
			},
		},
		{
			Name: "Anthropic",
			Revenue: model.Revenue{ARRUSD: 47e9, ARRMonth: mo(2026, 5), Growth: 0.8, GrowthDecay: 0.3,
				History: []model.RevenuePoint{
					{Month: mo(2023, 12), ARRUSD: 0.1e9},
					{Month: mo(2024, 12), ARRUSD: 1.0e9},
					{Month: mo(2025, 8), ARRUSD: 5e9},
					{Month: mo(2025, 12), ARRUSD: 9e9},
					{Month: mo(2026, 2), ARRUSD: 14e9},
					{Month: mo(2026, 3), ARRUSD: 19e9},
					{Month: mo(2026, 4), ARRUSD: 30e9},
				},
				Mode: model.RevenuePath, PerGWYearUSD: 10e9},
			Facts: Facts{
				"arr":              disclosed("47 B USD run-rate in May 2026 (CFO); Anthropic counts 28-day usage × 13, about 8 % above × 12", srcA47, srcARRDef),
				"arr_month":        disclosed("May 2026", srcA47),
				"growth":           assumed("January–May 2026 grew five-fold, which cannot last; gives about 45 B USD in 2026 and 235 B in 2030. Anthropic's plan: 70 B in 2028", srcAProj).within(0.3, 2.0),
				"growth_decay":     assumed("fast growth slows fast").within(0.1, 0.5),
				"rev_per_gw":       assumed("9 B USD on about 1.4 GW at the end of 2025 is 6.4; about 15–18 if some 3 GW were online in mid-2026", srcGWMemo).within(6e9, 18e9),
				"rev_per_gw_trend": perGWTrend,
				"history.2023-12":  reported("0.1 B USD (a single claim)", srcADario),
				"history.2024-12":  reported("1 B USD", srcA1B),
				"history.2025-08":  reported("5 B USD", srcA5B),
				"history.2025-12":  disclosed("9 B USD", srcA30B),
				"history.2026-02":  disclosed("14 B USD", srcARR),
				"history.2026-03":  reported("19 B USD (a single claim)", srcA19B),
				"history.2026-04":  disclosed("over 30 B USD on April 7", srcA30B),
				"cash":             assumed("not reported: a user who sets it and cash_month gets the funding events below"),
				"cash_month":       assumed("none: Anthropic's cash is not reported, so no cash is computed by default"),
				"opex_share":       assumed("Q2 2026 forecast: 10.9 B USD revenue, compute about 56 %, a small operating profit ex stock pay: other costs about 39 %", srcAQ2, srcACompute, srcASBC).within(0.28, 0.50),
				"opex_share_late":  assumed("falling with scale").within(0.20, 0.40),
				"opex_late_month":  assumed("2030"),
			},
			Statements: []Statement{
				{Text: "Plan of November 2025: 70 B USD of revenue and 17 B of cash flow in 2028; burn about a third of revenue in 2026, 9 % in 2027, break-even in 2028.", Date: "2025-11", Sources: []string{srcAProj, srcA2028, srcASeriesG}},
				{Text: "About 5 GW of TPU capacity in all.", Date: "2026-05", Sources: []string{srcA47}},
			},
			Cash: model.Cash{OpexShare: 0.38, OpexShareLate: 0.30, OpexLateMonth: mo(2030, 1),
				Funding: []model.Funding{
					{ID: "ms-nvidia-2025-11", Name: "Microsoft and NVIDIA", USD: 15e9, Month: mo(2025, 11), On: true},
					{ID: "series-g", Name: "Series G", USD: 30e9, Month: mo(2026, 2), On: true},
					{ID: "amazon-2026-04", Name: "Amazon", USD: 5e9, Month: mo(2026, 4), On: true},
					{ID: "amazon-milestones", Name: "Amazon, on commercial milestones", USD: 20e9, Month: mo(2026, 4), On: false},
					{ID: "google-2026-04", Name: "Google", USD: 10e9, Month: mo(2026, 4), On: true},
					{ID: "google-milestones", Name: "Google, on milestones", USD: 30e9, Month: mo(2026, 4), On: false},
					{ID: "series-h", Name: "Series H, without earlier hyperscaler money", USD: 50e9, Month: mo(2026, 5), On: true},
				}},
			FundingFacts: Facts{
				"ms-nvidia-2025-11": disclosed("Microsoft up to 5 B USD, NVIDIA up to 10 B", srcAnthAzurePost, srcAnthAzure2),
				"series-g":          reported("30 B USD at 380 B, led by GIC and Coatue", srcASeriesG),
				"amazon-2026-04":    disclosed("5 B USD now", srcAAWS),
				"amazon-milestones": disclosed("up to 20 B USD more on commercial milestones", srcAAWS),
				"google-2026-04":    reported("10 B USD at 350 B", srcAG40),
				"google-milestones": reported("30 B USD more, contingent on milestones", srcAG40),
				"series-h":          disclosed("65 B USD at 965 B post-money, of which 15 B is hyperscaler money counted earlier", srcA47),
			},
			FundingNotes: map[string]string{
				"amazon-milestones": "Off by default: paid only if commercial milestones are met.",
				"google-milestones": "Off by default: contingent on milestones.",
				"series-h":          "65 B USD less the 15 B of Microsoft and NVIDIA money already counted in November 2025.",
			},
		},
		{
			Name: "xAI",
			Revenue: model.Revenue{ARRUSD: 3.2e9, ARRMonth: mo(2025, 12), Growth: 0.3, GrowthDecay: 0.2,
				History: []model.RevenuePoint{{Month: mo(2024, 12), ARRUSD: 2.62e9}},
				Mode:    model.RevenuePath, PerGWYearUSD: 10e9},
			Facts: Facts{
				"arr":              disclosed("AI segment revenue (with X's ads) of 3.2 B USD in 2025, read as the run-rate at the year's end; excludes Anthropic's 1.25 B a month from May 2026", srcXS1, srcASpx),
				"arr_month":        disclosed("the end of 2025", srcXS1),
				"growth":           assumed("a segment that grew about 22 % in 2025").within(0, 1.0),
				"growth_decay":     assumed("the same slowing as OpenAI's"),
				"rev_per_gw":       perGW,
				"rev_per_gw_trend": perGWTrend,
				"history.2024-12":  disclosed("2.62 B USD of 2024 revenue, read as the run-rate at the year's end", srcXS1),
				"cash_month":       assumed("none: no cash or costs are set for xAI"),
			},
			Cash: model.Cash{Funding: []model.Funding{
				{ID: "series-e", Name: "Series E", USD: 20e9, Month: mo(2026, 1), On: true},
			}},
			FundingFacts: Facts{
				"series-e": disclosed("20 B USD at about 230 B, NVIDIA and Cisco strategic", srcXE),
			},
			FundingNotes: map[string]string{
				"series-e": "About 20 B USD more came through a GPU-leasing SPV (7.5 B equity, 12.5 B debt), which leases to xAI rather than funding it; xAI has since merged into SpaceX.",
			},
		},
		{
			Name:    "Meta",
			Revenue: model.Revenue{ARRMonth: mo(2025, 12), PerGWYearUSD: 10e9},
			Facts: Facts{
				"arr":              assumed("no revenue path: Meta reports no AI revenue; set one to compare"),
				"rev_per_gw":       perGW,
				"rev_per_gw_trend": perGWTrend,
			},
		},
		{
			Name:    "Microsoft",
			Revenue: model.Revenue{ARRMonth: mo(2025, 12), PerGWYearUSD: 10e9},
			Facts: Facts{
				"arr":              assumed("no revenue path: Microsoft resells its neocloud capacity on Azure; set one to compare"),
				"rev_per_gw":       perGW,
				"rev_per_gw_trend": perGWTrend,
			},
		},
	}

	unitCost := assumed("the catalog capex plus the building share: facility_capex × IT kW")
	linear := assumed("an even ramp")
	scurve := assumed("an S-curve: slow start, fast middle, slow finish")
	v.Deals = []Deal{
		{
			Deal:           withSustain(cloud("openai-fleet-2025", "OpenAI", "Azure (most), OCI, Google", "", "h100", model.Value, 0, 2.80, 1.1, gw, mo(2024, 1), mo(2025, 12), 48), model.SustainNever),
			Commitment:     Binding,
			CommitmentNote: "existing leases (a)",
			Title:          "Fleet before 2025",
			Facts: Facts{
				"price":   assumed("set so that 2025's compute is about 16 B USD in all: about 13.6 B here and 2.4 B in other deals").within(2.2, 3.4),
				"gw":      assumed("with Abilene's ~0.4 GW and CoreWeave's and AWS's ~0.4 GW, the 1.9 GW the CFO gave for the end of 2025", srcOpenAIARR).within(0.9, 1.3),
				"start":   assumed("capacity built up before 2025"),
				"full":    assumed("the end of 2025"),
				"term":    assumed("four-year leases, ending 2027-12 when azure takes them over").within(36, 72),
				"shape":   linear,
				"accel":   assumed("Hopper with some Blackwell on Microsoft, OCI and CoreWeave (disclosed); H100 stands for the mix", srcNvVR),
				"sustain": assumed("off: azure replaces this capacity when the leases end"),
			},
			Note: "An assumed stand-in for what OpenAI already rented before the 2025 deals. Added to oracle-abilene and the early coreweave and aws capacity (~0.4 GW each) it meets the CFO's 1.9 GW for the end of 2025; it also gives ~0.55 GW a year earlier (0.6 disclosed) and ~1.1 M accelerators (\"well over 1 million GPUs\", disclosed). " +
				"The price is set so that 2025's compute comes to about 16 B USD (13–20): the leaked 2025 accounts show 7.5 B of cost of revenue with more compute inside 19.2 B of R&D, a blog puts ~13 B paid to Microsoft, a disputed leak 8.7 B of Azure inference for Q1–Q3, and Epoch ~7 B for 2024. " +
				"In 2026 the default view spends about 64 B against the ~50 B OpenAI's president gave under oath. The leases run out in December 2027, when azure takes the load, so this deal is not sustained.",
			NoteSources: []string{srcOpenAIARR, srcGPU1M, srcNvVR, srcFin25, srcMS13, srcMSInfer, srcEpoch24, srcBrockman},
		},
		{
			Deal:           cloud("oracle-abilene", "OpenAI", "Oracle", "2025-07-22", "gb200", model.Value, 0, 3.00, 1.2, gw, mo(2025, 9), mo(2026, 8), 60),
			Commitment:     Binding,
			CommitmentNote: "binding lease (r)",
			Title:          "Oracle, Abilene",
			Announced:      "2025-07-22",
			Facts: Facts{
				"price": assumed("a GB200 contract rate at Oracle; the value is not disclosed").within(2.3, 4.0),
				"gw":    disclosed("the 1.2 GW flagship campus of eight buildings", srcStargate10, srcAbilene),
				"start": assumed("first buildings in 2025"),
				"full":  assumed("all eight buildings by mid-2026"),
				"term":  assumed("five years, like the larger Oracle contract"),
				"shape": linear,
				"accel": disclosed("GB200 on OCI", srcAbilene),
			},
			Note: "The 1.2 GW Stargate flagship in Abilene: eight buildings of GB200 on OCI, where GPT-5.5 was trained (disclosed). It is apart from the 4.5 GW of oracle; its value is not disclosed. " +
				"A planned 0.6–0.8 GW expansion was dropped in March 2026 (reported; Oracle rejects \"canceled\"), and Microsoft leases that site from mid-2027.",
			NoteSources: []string{srcStargate10, srcAbilene, srcAbileneMS},
		},
		{
			Deal:           cloud("aws", "OpenAI", "AWS", "2025-11-03", "gb300", model.Price, 38e9, 0, 300000, n, mo(2025, 11), mo(2026, 12), 84),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "AWS",
			Announced:      "2025-11-03",
			Facts: Facts{
				"value": disclosed("38 B USD over seven years", srcAWSOpenAIPost, srcAWSAmazonPost, srcAWSValue),
				"n":     assumed("\"hundreds of thousands\" of NVIDIA GPUs (disclosed); the count is ours", srcAWSAmazonPost).within(200000, 500000),
				"start": disclosed("capacity from November 2025", srcAWSAmazonPost, srcAWSValue),
				"full":  disclosed("all capacity deployed before the end of 2026", srcAWSAmazonPost, srcAWSValue),
				"term":  disclosed("seven years", srcAWSOpenAIPost, srcAWSValue),
				"shape": linear,
				"accel": disclosed("GB200 and GB300 in EC2 UltraServers; GB300 stands for both", srcAWSAmazonPost),
			},
		},
		{
			Deal:           cloud("aws-trainium", "OpenAI", "AWS", "2026-02-27", "trainium3", model.Price, 100e9, 0, 2, gw, mo(2027, 1), mo(2028, 12), 96),
			Commitment:     Binding,
			CommitmentNote: "binding (r)",
			Title:          "AWS Trainium",
			Announced:      "2026-02-27",
			Facts: Facts{
				"value": reported("about 100 B USD more over eight years, with Amazon's investment", srcAWSTrainium),
				"gw":    reported("about 2 GW of Trainium capacity", srcAWSTrainium),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  reported("eight years", srcAWSTrainium),
				"shape": linear,
				"accel": reported("Trainium3 and Trainium4; Trainium3 stands for both", srcAWSTrainium),
			},
		},
		{
			Deal:           cloud("azure", "OpenAI", "Microsoft", "2025-10-28", "gb300", model.Size, 250e9, 2.50, 0, n, mo(2026, 1), mo(2028, 12), 84),
			Commitment:     Binding,
			CommitmentNote: "binding (d)",
			Title:          "Microsoft Azure",
			Announced:      "2025-10-28",
			Facts: Facts{
				"value": disclosed("an incremental 250 B USD of Azure services", srcAzureMSPost, srcAzure, srcMSAmend),
				"price": assumed("a long-term GB300 contract rate; no hyperscaler price is published").within(1.8, 4.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed; seven years like AWS").within(60, 120),
				"shape": linear,
				"accel": assumed("no hardware disclosed"),
			},
			Note:        "The amendment of April 2026 keeps Azure as the primary cloud but lets OpenAI sell on any cloud; the 250 B USD commitment stands.",
			NoteSources: []string{srcMSAmendPost, srcMSAmend},
		},
		{
			Deal:           cloud("oracle", "OpenAI", "Oracle", "2025-09-10", "gb300", model.Price, 300e9, 0, 4.5, gw, mo(2027, 6), mo(2028, 12), 60),
			Commitment:     Binding,
			CommitmentNote: "binding (r)",
			Title:          "Oracle",
			Announced:      "2025-09-10",
			Facts: Facts{
				"value": reported("about 300 B USD over about five years (WSJ)", srcOracleValue),
				"gw":    disclosed("4.5 GW of additional Stargate capacity", srcOracleOpenAIPost, srcOracleGW),
				"start": disclosed("over 30 B USD a year from Oracle's fiscal 2028, which begins in June 2027", srcOracle30),
				"full":  assumed("no schedule disclosed; some sites reported slipping to 2028", srcOracleDelay),
				"term":  reported("about five years", srcOracleValue),
				"shape": linear,
				"accel": assumed("sites not yet named; GB300 stands for them"),
			},
			Note: "Size unchanged at 4.5 GW: reports say Oracle shifts what Abilene's dropped expansion would have held to other sites. Oracle books over 30 B USD a year from its fiscal 2028, so capacity starts in June 2027 (disclosed); Bloomberg reported some sites a year late, which Oracle denies. " +
				"Value and size come from separate reports; paired, they give 4.03 USD an hour, roughly 13 B USD per GW-year. Averaged over the term that is 60 B a year, but about 71 B once fully built, since the ramp eats into a fixed five years.",
			NoteSources: []string{srcAbilene, srcOracle30, srcOracleDelay, srcOracleValue, srcOracleGW},
		},
		{
			Deal:           cloud("coreweave", "OpenAI", "CoreWeave", "2025-03-10", "gb200", model.Size, 22.4e9, 2.50, 0, n, mo(2025, 4), mo(2026, 6), 60),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "CoreWeave",
			Announced:      "2025-03-10",
			Facts: Facts{
				"value": disclosed("11.9 + 4.0 + 6.5 B USD in three contracts: up to 22.4 B", srcCoreWeavePost, srcCoreWeave23),
				"price": assumed("a long-term GB200 contract rate").within(1.8, 4.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("the first contract runs five years", srcCoreWeave23),
				"shape": linear,
				"accel": assumed("no hardware disclosed"),
			},
		},
		{
			Deal:           ownedBy("amd", "OpenAI", "AMD", "mi450", model.SCurve, model.Value, 0, 1, gw, mo(2026, 7), mo(2027, 6)),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "AMD, first GW",
			Announced:      "2025-10-06",
			Facts: Facts{
				"gw":    disclosed("the first GW tranche of a 6 GW definitive agreement", srcAMDPrimary, srcAMDTechnode),
				"price": unitCost,
				"start": disclosed("the first GW from the second half of 2026", srcAMDPrimary, srcAMDTechnode),
				"full":  assumed("a year to deploy the first GW"),
				"shape": scurve,
				"accel": disclosed("MI450", srcAMDPrimary),
			},
			Note:        "One 6 GW definitive agreement, split here so that its first GW can stand alone. Warrants for AMD shares vest tranche by tranche with deployments (disclosed); an analyst holds that only the first GW binds (L).",
			NoteSources: []string{srcAMDPrimary, srcAMDTechnode, srcAMD1GW},
		},
		{
			Deal:           ownedBy("amd-later", "OpenAI", "AMD", "mi450", model.SCurve, model.Value, 0, 5, gw, mo(2027, 7), mo(2030, 12)),
			Commitment:     UpTo,
			CommitmentNote: "up-to (milestone-vested)",
			Title:          "AMD, later GWs",
			Announced:      "2025-10-06",
			Facts: Facts{
				"gw":    disclosed("the remaining 5 GW of the 6 GW agreement", srcAMDPrimary, srcAMDTechnode),
				"price": unitCost,
				"start": assumed("after the first GW"),
				"full":  assumed("\"over multiple years\"; no end date disclosed"),
				"shape": scurve,
				"accel": disclosed("later Instinct generations; MI450 stands for them", srcAMDPrimary),
			},
			Note:        "The rest of AMD's 6 GW: each tranche vests warrants as it is deployed, so the later GWs depend on milestones; an analyst reads only the first GW as binding (L).",
			NoteSources: []string{srcAMDPrimary, srcAMD1GW},
		},
		{
			Deal:           ownedBy("broadcom", "OpenAI", "Broadcom", "xpu", model.SCurve, model.Value, 0, 10, gw, mo(2027, 1), mo(2029, 12)),
			Commitment:     Framework,
			CommitmentNote: "framework; 1st gen firm",
			Title:          "Broadcom",
			Announced:      "2025-10-13",
			Facts: Facts{
				"gw":    disclosed("10 GW of OpenAI-designed accelerators", srcBroadcomOpenAIPost, srcBroadcom),
				"price": unitCost,
				"start": disclosed("Broadcom (March 2026): the first-generation XPU at scale in 2027", srcBcmQ1, srcBcmTan),
				"full":  disclosed("complete by the end of 2029", srcBroadcomOpenAIPost, srcBroadcom),
				"shape": scurve,
				"accel": disclosed("OpenAI's own design with Broadcom", srcBroadcomOpenAIPost),
			},
			Note: "Announced for the second half of 2026 to the end of 2029 (October 2025). In March 2026 Broadcom put the first-generation XPU at scale in 2027, over 1 GW, and called OpenAI a substantive customer rather than a framework agreement (disclosed); Hock Tan named 2027, 2028 and 2029 (reported). " +
				"The first ~1.3 GW, about 18 B USD, is said to be hosted by Microsoft and leased back (L); it is booked here as a purchase.",
			NoteSources: []string{srcBroadcomOpenAIPost, srcBcmQ1, srcBcmTan, srcBcmFin},
		},
		{
			Deal:           cloud("cerebras", "OpenAI", "Cerebras", "2026-01-14", "cs3", model.Price, 20e9, 0, 0.75, gw, mo(2026, 3), mo(2028, 12), 48),
			Commitment:     Binding,
			CommitmentNote: "binding (r)",
			Title:          "Cerebras",
			Announced:      "2026-01-14",
			Facts: Facts{
				"value": reported("\"over 20 B USD over three years\"", srcCer20, srcCerS1).within(20e9, 30e9),
				"gw":    disclosed("750 MW", srcCerebras),
				"start": assumed("tranches from 2026"),
				"full":  disclosed("through 2028", srcCerebras),
				"term":  assumed("no duration disclosed").within(36, 60),
				"shape": linear,
				"accel": disclosed("Cerebras systems", srcCerebras),
			},
			Note:        "Over 20 B USD over three years, with warrants for up to about 10 % of Cerebras at 30 B of spend and a ~1 B USD loan from OpenAI (reported). 750 MW through 2028, up to 2 GW (reported). Derived price about 32 USD a CS-3-hour (11.59 in 2026-11).",
			NoteSources: []string{srcCer20, srcCerS1, srcCerebras},
		},
		{
			Deal:           cloud("nvidia-inference", "OpenAI", "NVIDIA", "2026-02-27", "rubin", model.Value, 0, 5.00, 3, gw, mo(2026, 10), mo(2028, 6), 60),
			Commitment:     Framework,
			CommitmentNote: "capacity disclosed, terms not",
			Title:          "NVIDIA, inference",
			Announced:      "2026-02-27",
			Facts: Facts{
				"price": assumed("an assumed rate for Rubin capacity: host and price undisclosed").within(3.5, 7.0),
				"gw":    disclosed("3 GW of dedicated inference capacity on Vera Rubin systems", srcNvVR),
				"start": assumed("with Rubin's first volume"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed").within(36, 84),
				"shape": linear,
				"accel": assumed("Vera Rubin with NVIDIA's Groq-based LPX racks (reported); Rubin stands for both", srcGroq),
			},
			Note:        "\"3 GW of dedicated inference capacity and 2 GW of training on Vera Rubin systems\" (disclosed, 2026-02-27). The inference part runs on NVIDIA's Groq-based chip (reported). Host and price are undisclosed, so it is cloud capacity at an assumed Rubin rate.",
			NoteSources: []string{srcNvVR, srcGroq},
		},
		{
			Deal:           cloud("nvidia-training", "OpenAI", "NVIDIA", "2026-02-27", "rubin", model.Value, 0, 5.00, 2, gw, mo(2026, 10), mo(2027, 12), 60),
			Commitment:     Framework,
			CommitmentNote: "capacity disclosed, terms not",
			Title:          "NVIDIA, training",
			Announced:      "2026-02-27",
			Facts: Facts{
				"price": assumed("an assumed rate for Rubin capacity: host and price undisclosed").within(3.5, 7.0),
				"gw":    disclosed("2 GW of training capacity on Vera Rubin systems", srcNvVR),
				"start": assumed("with Rubin's first volume"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": disclosed("Vera Rubin", srcNvVR),
			},
			Note:        "Off in every preset: the 2 GW of training may sit inside azure, oracle or coreweave, and would then count twice.",
			NoteSources: []string{srcNvVR},
		},
		{
			Deal:           ownedBy("nvidia", "OpenAI", "NVIDIA", "rubin", model.SCurve, model.Value, 0, 10, gw, mo(2026, 7), mo(2030, 12)),
			Commitment:     LetterOfIntent,
			CommitmentNote: "letter of intent, not signed",
			Title:          "NVIDIA letter of intent",
			Announced:      "2025-09-22",
			Facts: Facts{
				"gw":    disclosed("at least 10 GW of NVIDIA systems (letter of intent)", srcNvidiaOpenAIPost, srcNvidiaLOI),
				"price": unitCost,
				"start": disclosed("the first GW in the second half of 2026", srcNvidiaOpenAIPost, srcNvidiaLOI),
				"full":  assumed("no completion date disclosed"),
				"shape": scurve,
				"accel": disclosed("Vera Rubin", srcNvidiaOpenAIPost),
			},
			Note:        "No contract followed the 10 GW letter: NVIDIA instead put about 30 B USD of equity into OpenAI's round that closed on 2026-03-31 (reported). Only the openai-2025-11 preset switches it on.",
			NoteSources: []string{srcNvidiaOpenAIPost, srcNv30},
		},
		{
			Deal:           cloud("stargate-uae", "OpenAI", "G42 / Oracle", "2025-05-22", "gb300", model.Value, 0, 3.00, 1, gw, mo(2026, 6), mo(2028, 12), 60),
			Commitment:     Framework,
			CommitmentNote: "terms undisclosed",
			Title:          "Stargate UAE",
			Announced:      "2025-05-22",
			Facts: Facts{
				"price": assumed("no terms disclosed").within(2.0, 4.5),
				"gw":    disclosed("a 1 GW cluster in Abu Dhabi", srcUAEPhase),
				"start": assumed("the first 200 MW in 2026 (disclosed)", srcUAEPhase),
				"full":  assumed("no timeline for the rest"),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": disclosed("NVIDIA GB300", srcUAEPhase),
			},
			Note:        "Terms undisclosed; off. The first 200 MW is due in 2026 (disclosed).",
			NoteSources: []string{srcUAEPhase},
		},
		{
			Deal:           cloud("google", "OpenAI", "Google Cloud", "2025-06-10", "tpu7", model.Value, 0, 2.00, 100000, n, mo(2025, 7), mo(2026, 6), 60),
			Commitment:     Framework,
			CommitmentNote: "terms undisclosed",
			Title:          "Google Cloud",
			Announced:      "2025-06-10",
			Facts: Facts{
				"price": assumed("no terms disclosed").within(1.2, 3.0),
				"n":     assumed("no size disclosed").within(30000, 300000),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": assumed("TPU access reported", srcGoogle),
			},
			Note:        "Terms undisclosed; off.",
			NoteSources: []string{srcGoogle},
		},
		{
			Deal:           ownedBy("sb-energy-milam", "OpenAI", "SB Energy", "gb300", model.Linear, model.Value, 0, 1.2, gw, mo(2026, 7), mo(2027, 12)),
			Commitment:     Framework,
			CommitmentNote: "site only",
			Title:          "SB Energy, Milam County",
			Announced:      "2026-01-09",
			Facts: Facts{
				"gw":    disclosed("the 1.2 GW Milam County site", srcSBE),
				"price": unitCost,
				"start": assumed("from 2026, when the site is built (disclosed)", srcSBE),
				"full":  assumed("no schedule disclosed"),
				"shape": linear,
				"accel": assumed("chips not named; GB300 stands for them"),
			},
			Note:        "A site, not chips: SB Energy, funded with 0.5 B USD each from OpenAI and SoftBank, is to build and operate 1.2 GW in Milam County from 2026 (disclosed). The hardware there would come from amd, broadcom or nvidia-inference, which already price the building in, so this stays off; switch it on only instead of one of them.",
			NoteSources: []string{srcSBE},
		},
		{
			Deal:           cloud("anthropic-fleet-2025", "Anthropic", "AWS, Google", "", "h100", model.Value, 0, 1.50, 1.4, gw, mo(2024, 7), mo(2025, 12), 48),
			Commitment:     Binding,
			CommitmentNote: "existing (a)",
			Title:          "Anthropic, fleet before 2025",
			Facts: Facts{
				"price": assumed("a blend of Trainium, TPU and GPU rates").within(1.0, 2.2),
				"gw":    reported("about 1.4 GW at the end of 2025, per an OpenAI investor memo", srcGWMemo),
				"start": assumed("capacity built up from mid-2024"),
				"full":  assumed("the end of 2025"),
				"term":  assumed("four-year leases"),
				"shape": linear,
				"accel": assumed("a mix of chips; H100 stands for it"),
			},
		},
		{
			Deal:           cloud("anthropic-google", "Anthropic", "Google Cloud", "2025-10-23", "tpu7", model.Value, 0, 1.50, 1e6, n, mo(2026, 1), mo(2026, 12), 72),
			Commitment:     UpTo,
			CommitmentNote: "up-to",
			Title:          "Anthropic–Google Cloud",
			Announced:      "2025-10-23",
			Facts: Facts{
				"price": assumed("in-house TPUs at a partner's rate").within(1.0, 2.5),
				"n":     disclosed("up to one million TPUs", srcAnthGooglePost, srcAnthGoogle),
				"start": assumed("no schedule disclosed"),
				"full":  disclosed("well over 1 GW online in 2026", srcAnthGooglePost, srcAnthGoogle),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": disclosed("Google TPUs", srcAnthGooglePost),
			},
		},
		{
			Deal:           cloud("anthropic-google-tpu", "Anthropic", "Google Cloud + Broadcom", "2026-04-06", "tpu7", model.Price, 200e9, 0, 3.5, gw, mo(2027, 1), mo(2028, 12), 60),
			Commitment:     Binding,
			CommitmentNote: "binding (r)",
			Title:          "Anthropic–Google TPUs (Broadcom)",
			Announced:      "2026-04-06",
			Facts: Facts{
				"value": reported("about 200 B USD over five years (The Information)", srcA200B),
				"gw":    disclosed("about 3.5 GW from 2027 (Broadcom 8-K)", srcAnthropicRR),
				"start": disclosed("from 2027", srcAnthropicRR),
				"full":  assumed("no schedule disclosed"),
				"term":  reported("five years", srcA200B),
				"shape": linear,
				"accel": assumed("TPUs of a later generation; Ironwood stands for them"),
			},
			Note: "Broadcom's 8-K gives about 3.5 GW from 2027 (disclosed); The Information reports about 200 B USD over five years and \"about 5 GW\" (reported); Anthropic speaks of 5 GW of TPU in all (disclosed). " +
				"Paired here: 3.5 GW for 200 B, a derived 2.32 USD a TPU-hour; if 200 B buys ~5 GW the price is about 30 % lower.",
			NoteSources: []string{srcAnthropicRR, srcA200B, srcA47},
		},
		{
			Deal:           cloud("anthropic-aws", "Anthropic", "AWS", "2026-04-20", "trainium3", model.Size, 100e9, 1.20, 0, gw, mo(2026, 5), mo(2028, 12), 120),
			Commitment:     Binding,
			CommitmentNote: "binding ≥100 B",
			Title:          "Anthropic–AWS",
			Announced:      "2026-04-20",
			Facts: Facts{
				"value": disclosed("over 100 B USD over ten years", srcAnthAWSPost, srcAAWS),
				"price": assumed("a Trainium contract rate").within(0.9, 1.6),
				"gw":    disclosed("up to 5 GW; the size is derived from the binding 100 B USD (about 1.6 GW)", srcAnthAWSPost, srcAAWS),
				"start": disclosed("from May 2026", srcAAWS),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("ten years", srcAAWS),
				"shape": linear,
				"accel": assumed("Trainium2 and Trainium3 first; Trainium3 stands for them"),
			},
			Note:        "Disclosed: more than 100 B USD across ten years, \"up to 5 GW\", with roughly 1 GW of Trainium2 and Trainium3 running by the end of 2026. Ten years of 5 GW would exceed 300 B USD at any going rate, so the binding 100 B sets the size here (about 1.6 GW); enter 5 GW to see the ceiling.",
			NoteSources: []string{srcAnthAWSPost, srcAAWS},
		},
		{
			Deal:           cloud("anthropic-azure", "Anthropic", "Microsoft", "2025-11-18", "gb300", model.Price, 30e9, 0, 1, gw, mo(2026, 1), mo(2027, 6), 72),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "Anthropic–Microsoft Azure",
			Announced:      "2025-11-18",
			Facts: Facts{
				"value": disclosed("30 B USD of Azure compute", srcAnthAzurePost, srcAnthAzure, srcAnthAzure2),
				"gw":    disclosed("additional capacity up to 1 GW", srcAnthAzurePost, srcAnthAzure),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": disclosed("Grace Blackwell and Vera Rubin; GB300 stands for both", srcAnthAzurePost),
			},
		},
		{
			Deal:           cloud("anthropic-spacex", "Anthropic", "SpaceX (Colossus)", "2026-05-06", "h100", model.Price, 45e9, 0, 325000, n, mo(2026, 5), mo(2026, 6), 37),
			Commitment:     Binding,
			CommitmentNote: "90-day exit (d)",
			Title:          "Anthropic–SpaceX Colossus",
			Announced:      "2026-05-06",
			Facts: Facts{
				"value": reported("about 45 B USD in all; the 1.25 B USD a month to May 2029 is disclosed", srcASpx, srcASpx2),
				"n":     reported("about 325,000 NVIDIA GPUs across Colossus and Colossus II (S-1, via press)", srcASpx),
				"start": disclosed("May 2026", srcASpx),
				"full":  disclosed("June 2026", srcASpx),
				"term":  disclosed("to May 2029", srcASpx),
				"shape": linear,
				"accel": assumed("a mix of Hopper and Blackwell; H100 stands for it"),
			},
			Note: "Per SpaceX's S-1 as quoted in the press (disclosed): roughly 325,000 NVIDIA GPUs in Colossus and Colossus II, 1.25 B USD a month until May 2029 with a discount for May–June 2026, and a right for either party to end it on 90 days' notice once three months have passed. " +
				"Another report gives 220k GPUs and over 300 MW in Colossus 1. Derived about 5.2 USD a GPU-hour. Left out: Akamai's 1.8 B USD over seven years and a CoreWeave deal of undisclosed size (reported).",
			NoteSources: []string{srcASpx, srcASpx2, srcAAkamai},
		},
		{
			Deal:           ownedBy("anthropic-fluidstack", "Anthropic", "Fluidstack", "gb300", model.Linear, model.Size, 50e9, 0, gw, mo(2026, 1), mo(2027, 12)),
			Commitment:     Framework,
			CommitmentNote: "disclosed plan",
			Title:          "Anthropic–Fluidstack",
			Announced:      "2025-11-12",
			Facts: Facts{
				"value": disclosed("50 B USD of US data centers with Fluidstack", srcAFlu),
				"price": unitCost,
				"start": disclosed("sites from 2026", srcAFlu),
				"full":  assumed("no schedule disclosed"),
				"shape": linear,
				"accel": assumed("chips not named; GB300 stands for them"),
			},
		},
		{
			Deal:           ownedBy("meta-nvidia", "Meta", "NVIDIA", "gb300", model.Linear, model.Size, 50e9, 0, n, mo(2026, 3), mo(2028, 12)),
			Commitment:     Binding,
			CommitmentNote: "binding (d)",
			Title:          "Meta–NVIDIA",
			Announced:      "2026-02-17",
			Facts: Facts{
				"value": reported("about 50 B USD (reported); the parties said \"tens of billions\"", srcMetaNv50, srcMetaNv),
				"price": unitCost,
				"start": assumed("no schedule disclosed"),
				"full":  assumed("a multiyear deal"),
				"shape": linear,
				"accel": assumed("Blackwell and later; GB300 stands for them"),
			},
		},
		{
			Deal:           ownedBy("meta-amd", "Meta", "AMD", "mi450", model.Linear, model.Value, 0, 6, gw, mo(2026, 7), mo(2030, 12)),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "Meta–AMD",
			Announced:      "2026-02-24",
			Facts: Facts{
				"gw":    disclosed("6 GW of AMD Instinct GPUs", srcMetaAMD),
				"price": unitCost,
				"start": disclosed("from the second half of 2026", srcMetaAMD),
				"full":  assumed("no end date disclosed"),
				"shape": linear,
				"accel": disclosed("MI450", srcMetaAMD),
			},
			Note:        "The derived value of about 200 B USD includes the buildings; AMD's own sales are reported at 60 to over 100 B.",
			NoteSources: []string{srcMetaAMD60},
		},
		{
			Deal:           cloud("meta-google", "Meta", "Google Cloud", "2025-08-21", "tpu7", model.Size, 10e9, 2.00, 0, n, mo(2025, 9), mo(2026, 8), 72),
			Commitment:     Binding,
			CommitmentNote: "binding (r)",
			Title:          "Meta–Google Cloud",
			Announced:      "2025-08-21",
			Facts: Facts{
				"value": reported("over 10 B USD over six years", srcMetaGoogle),
				"price": assumed("no terms disclosed").within(1.2, 3.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  reported("six years", srcMetaGoogle),
				"shape": linear,
				"accel": assumed("servers, storage and networking; TPUs stand for them"),
			},
		},
		{
			Deal:           cloud("meta-google-tpu", "Meta", "Google Cloud", "2026-02-26", "tpu7", model.Value, 0, 2.00, 100000, n, mo(2026, 4), mo(2026, 12), 60),
			Commitment:     Binding,
			CommitmentNote: "reported",
			Title:          "Meta–Google TPUs",
			Announced:      "2026-02-26",
			Facts: Facts{
				"price": assumed("no terms disclosed; reported as \"multibillion\"", srcMetaGTPU).within(1.2, 3.0),
				"n":     assumed("no size disclosed").within(50000, 300000),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": reported("Ironwood TPUs", srcMetaGTPU),
			},
		},
		{
			Deal:           cloud("meta-coreweave", "Meta", "CoreWeave", "2025-09-30", "gb300", model.Size, 14.2e9, 2.50, 0, n, mo(2025, 10), mo(2026, 9), 75),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "Meta–CoreWeave",
			Announced:      "2025-09-30",
			Facts: Facts{
				"value": disclosed("up to 14.2 B USD through December 2031", srcMetaCW),
				"price": assumed("a long-term GB300 contract rate").within(1.8, 4.0),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("through December 2031", srcMetaCW),
				"shape": linear,
				"accel": disclosed("GB300", srcMetaCW),
			},
		},
		{
			Deal:           cloud("meta-coreweave-2", "Meta", "CoreWeave", "2026-04-09", "rubin", model.Size, 21e9, 3.50, 0, n, mo(2027, 1), mo(2027, 12), 72),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "Meta–CoreWeave, Rubin",
			Announced:      "2026-04-09",
			Facts: Facts{
				"value": disclosed("21 B USD through 2032", srcMetaCWRubin),
				"price": assumed("a Rubin contract rate").within(2.5, 5.0),
				"start": reported("from 2027", srcMetaCWRubin),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("to December 2032", srcMetaCWRubin),
				"shape": linear,
				"accel": disclosed("Vera Rubin", srcMetaCWRubin),
			},
		},
		{
			Deal:           cloud("meta-nebius-2025", "Meta", "Nebius", "2025-11-01", "gb300", model.Size, 2.9e9, 2.50, 0, n, mo(2025, 12), mo(2026, 2), 60),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "Meta–Nebius, 2025",
			Announced:      "2025-11-01",
			Facts: Facts{
				"value": disclosed("about 2.9 B USD (Nebius 6-K)", srcMetaNeb25),
				"price": assumed("a long-term GB300 contract rate"),
				"start": disclosed("from December 2025", srcMetaNeb25),
				"full":  disclosed("by February 2026", srcMetaNeb25),
				"term":  disclosed("five years", srcMetaNeb25),
				"shape": linear,
				"accel": assumed("no hardware disclosed"),
			},
		},
		{
			Deal:           cloud("meta-nebius", "Meta", "Nebius", "2026-03-16", "rubin", model.Size, 27e9, 5.00, 0, n, mo(2027, 1), mo(2027, 12), 60),
			Commitment:     UpTo,
			CommitmentNote: "12 B binding, 15 B up-to",
			Title:          "Meta–Nebius, Rubin",
			Announced:      "2026-03-16",
			Facts: Facts{
				"value": disclosed("up to 27 B USD: 12 B binding, 15 B more at Meta's option", srcMetaNeb).within(12e9, 27e9),
				"price": assumed("a Rubin contract rate").within(3.5, 7.0),
				"start": disclosed("from 2027", srcMetaNeb),
				"full":  assumed("no schedule disclosed"),
				"term":  disclosed("five years", srcMetaNeb),
				"shape": linear,
				"accel": disclosed("Vera Rubin", srcMetaNeb),
			},
		},
		{
			Deal:           cloud("microsoft-nebius", "Microsoft", "Nebius", "2025-09-08", "gb300", model.Size, 17.4e9, 2.50, 0, n, mo(2025, 11), mo(2026, 12), 60),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "Microsoft–Nebius",
			Announced:      "2025-09-08",
			Facts: Facts{
				"value": disclosed("17.4 B USD over five years, up to 19.4 B", srcNebiusMSPost, srcNebius).within(17.4e9, 19.4e9),
				"price": assumed("a long-term GB300 contract rate").within(1.8, 4.0),
				"start": assumed("tranches in 2025 and 2026 (disclosed)", srcNebiusMSPost),
				"full":  assumed("the last tranche in 2026"),
				"term":  disclosed("five years, through 2031", srcNebiusMSPost, srcNebius),
				"shape": linear,
				"accel": assumed("no hardware disclosed"),
			},
		},
		{
			Deal:           cloud("microsoft-iren", "Microsoft", "IREN", "2025-11-03", "gb300", model.Price, 9.7e9, 0, 0.24, gw, mo(2026, 1), mo(2026, 12), 60),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "Microsoft–IREN",
			Announced:      "2025-11-03",
			Facts: Facts{
				"value": disclosed("9.7 B USD over five years", srcIRENDcpulse),
				"gw":    reported("about 200 MW of critical IT power: 0.24 GW at PUE 1.2", srcIRENDcpulse),
				"start": assumed("no schedule disclosed"),
				"full":  disclosed("phased through 2026", srcIRENDcpulse),
				"term":  disclosed("five years", srcIRENDcpulse),
				"shape": linear,
				"accel": disclosed("NVIDIA GB300", srcIRENDcpulse),
			},
		},
		{
			Deal:           cloud("microsoft-nscale", "Microsoft", "Nscale", "2025-10-15", "gb300", model.Price, 24e9, 0, 200000, n, mo(2026, 1), mo(2027, 12), 60),
			Commitment:     UpTo,
			CommitmentNote: "up-to",
			Title:          "Microsoft–Nscale",
			Announced:      "2025-10-15",
			Facts: Facts{
				"value": reported("\"up to 24 B USD\"", srcMS60, srcNscale).within(23e9, 24e9),
				"n":     disclosed("about 200,000 GB300 across four sites", srcNscale),
				"start": assumed("sites from 2026"),
				"full":  assumed("the last site in 2027"),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": disclosed("GB300", srcNscale),
			},
		},
		{
			Deal:           cloud("microsoft-lambda", "Microsoft", "Lambda", "2025-11-03", "gb300", model.Size, 2e9, 2.50, 0, n, mo(2026, 1), mo(2026, 12), 60),
			Commitment:     Binding,
			CommitmentNote: "binding",
			Title:          "Microsoft–Lambda",
			Announced:      "2025-11-03",
			Facts: Facts{
				"value": reported("\"over 2 B USD\" (a single report)", srcMSLambda, srcMS60),
				"price": assumed("a long-term GB300 contract rate"),
				"start": assumed("no schedule disclosed"),
				"full":  assumed("no schedule disclosed"),
				"term":  reported("multi-year; five years assumed from the reports", srcMSLambda),
				"shape": linear,
				"accel": disclosed("NVIDIA GB300", srcMSLambda),
			},
		},
		{
			Deal:           cloud("microsoft-coreweave", "Microsoft", "CoreWeave", "", "h100", model.Size, 10e9, 2.50, 0, n, mo(2024, 1), mo(2025, 6), 60),
			Commitment:     Binding,
			CommitmentNote: "binding (r)",
			Title:          "Microsoft–CoreWeave",
			Facts: Facts{
				"value": reported("\"over 10 B USD\" in contracts of 2023–2025 (Bloomberg tally)", srcMS60),
				"price": assumed("a Hopper contract rate"),
				"start": assumed("contracts from 2023 to 2025"),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": assumed("mostly Hopper; H100 stands for it"),
			},
			Note:        "Several contracts signed from 2023 to 2025; Bloomberg's tally of Microsoft's neocloud commitments puts them above 10 B USD.",
			NoteSources: []string{srcMS60},
		},
		{
			Deal:           cloud("microsoft-nscale-narvik", "Microsoft", "Nscale Narvik", "2026-04-15", "rubin", model.Value, 0, 5.00, 30000, n, mo(2027, 1), mo(2027, 12), 60),
			Commitment:     Binding,
			CommitmentNote: "reported",
			Title:          "Microsoft–Nscale, Narvik",
			Announced:      "2026-04-15",
			Facts: Facts{
				"price": assumed("a Rubin contract rate").within(3.5, 7.0),
				"n":     reported("about 30,000 GPUs", srcNarvik),
				"start": reported("from 2027", srcNarvik),
				"full":  assumed("no schedule disclosed"),
				"term":  assumed("no duration disclosed"),
				"shape": linear,
				"accel": reported("Vera Rubin", srcNarvik),
			},
			Note:        "The Narvik capacity in Norway that OpenAI's Stargate dropped, taken by Microsoft (reported).",
			NoteSources: []string{srcNarvik, srcUKNO},
		},
		{
			Deal:           ownedBy("xai-colossus1", "xAI", "NVIDIA", "h100", model.Linear, model.Value, 0, 230000, n, mo(2024, 9), mo(2025, 6)),
			Commitment:     Binding,
			CommitmentNote: "owned",
			Title:          "xAI Colossus 1",
			Announced:      "2024-09",
			Facts: Facts{
				"n":     reported("about 200k H100/H200 and 30k GB200", srcXC1),
				"price": unitCost,
				"start": reported("September 2024", srcXC1),
				"full":  assumed("mid-2025"),
				"shape": linear,
				"accel": assumed("mostly Hopper; H100 stands for the mix"),
			},
			Note:        "Colossus 1 holds about 200k H100/H200 and 30k GB200 (reported). Derived about 14 B USD here and 41 B for Colossus 2, against xAI's AI capex of 12.7 B (2025) and 7.7 B (Q1 2026) (disclosed) plus the ~20 B SPV (reported). From May 2026 much of it is leased to Anthropic, which the explorer cannot net.",
			NoteSources: []string{srcXC1, srcXS1b, srcXSPV, srcASpx},
		},
		{
			Deal:           ownedBy("xai-colossus2", "xAI", "NVIDIA (SPV)", "gb300", model.Linear, model.Value, 0, 1, gw, mo(2025, 7), mo(2026, 4)),
			Commitment:     Binding,
			CommitmentNote: "owned",
			Title:          "xAI Colossus 2",
			Announced:      "2025",
			Facts: Facts{
				"gw":    reported("about 1 GW switched on", srcXC2).within(1, 1.5),
				"price": unitCost,
				"start": assumed("built from mid-2025"),
				"full":  reported("1 GW by April 2026", srcXC2),
				"shape": linear,
				"accel": reported("GB200 and GB300; GB300 stands for both", srcXC2, srcXSPV),
			},
			Note:        "Partly financed by a ~20 B USD SPV (7.5 B equity, 12.5 B debt) that buys the GPUs and leases them to xAI for five years (reported); booked here as owned.",
			NoteSources: []string{srcXSPV, srcXMerge},
		},
	}

	h2From := mo(2025, 7)
	v.Buyers[0].Published = []Published{
		pub("openai-compute-2030", "OpenAI to investors", "2026-02", "compute, 2025 to 2030", "years.spend_usd", 2025, 2030, 0, 600e9,
			reported("about 600 B USD of compute through 2030 (a source to the press)", src600B),
			"OpenAI's cut-down plan, against the ~1.4 T USD of 2025."),
		pub("openai-revenue-2030", "OpenAI to investors", "2026-02", "revenue in 2030", "years.revenue_usd", 2030, 2030, 0, 280e9,
			reported("over 280 B USD of revenue in 2030", src600B),
			"A lower bound (\"over\"); the default growth gives about 200 B, and about 1.1 would be needed."),
		pub("openai-revenue-2025", "OpenAI to investors", "2026-02", "revenue in 2025 (recognised)", "years.revenue_usd", 2025, 2025, 0, 13.1e9,
			reported("13.1 B USD of recognised revenue in 2025, with 8 B of burn", src600B, srcFin25),
			"Recognised revenue; the model's 2025 revenue comes from the run-rate history."),
		pub("openai-compute-2026-sworn", "OpenAI (Brockman, under oath)", "2026-05", "compute in 2026", "years.spend_usd", 2026, 2026, 0, 50e9,
			disclosed("about 50 B USD of compute in 2026", srcBrockman),
			"Sworn testimony; the openai-2026-12 preset spends about 64 B in 2026."),
		pub("openai-compute-2028", "WSJ", "2026", "compute in 2028", "years.spend_usd", 2028, 2028, 0, 121e9,
			reported("121 B USD of compute in 2028", srcWSJ121), ""),
		pub("openai-burn-2026", "WSJ", "2026", "free cash flow in 2026", "years.free_cash_flow_usd", 2026, 2026, 0, -25e9,
			reported("burn of about 25 B USD in 2026", src600Cut),
			"Burn as a negative free cash flow: the cash spent before any money raised."),
		pub("openai-burn-2027", "OpenAI projections (reported)", "2026", "free cash flow in 2027", "years.free_cash_flow_usd", 2027, 2027, 0, -57e9,
			reported("burn of about 57 B USD in 2027 (Sacra: 63 B)", srcBurn2527, srcRR25),
			"Burn as a negative free cash flow, before money raised; a weak source (L)."),
		pub("openai-burn-2028", "WSJ", "2026", "free cash flow in 2028", "years.free_cash_flow_usd", 2028, 2028, 0, -85e9,
			reported("burn of about 85 B USD in 2028, with 121 B of compute", srcWSJ121),
			"Burn as a negative free cash flow, before money raised."),
		// The path's 2029 point (about −51 B) is left out: no stored source
		// carries it (deals-2026-12.md §4d), and a figure is never shown
		// without one.
		pub("openai-cash-2030", "OpenAI projections (reported)", "2026", "free cash flow in 2030", "years.free_cash_flow_usd", 2030, 2030, 0, 39e9,
			reported("positive cash flow of about 39 B USD in 2030", srcBurn2527),
			"Positive: the plan turns cash-positive in 2030; before money raised; a weak source (L)."),
		pub("openai-burn-2025-2029", "OpenAI projections (The Information)", "2025-09", "free cash flow, 2025 to 2029", "years.free_cash_flow_usd", 2025, 2029, 0, -115e9,
			reported("burn of 115 B USD over 2025–2029 (8, 17, 35, 45 B … a year)", srcProjections),
			"Negative: burn. The September 2025 plan, since superseded. The model counts cash from 2026-01 only, so 2025's ~8 B is missing from its sum."),
		pub("openai-revenue-2030-2025plan", "OpenAI projections (The Information)", "2025-09", "revenue in 2030", "years.revenue_usd", 2030, 2030, 0, 200e9,
			reported("about 200 B USD of revenue in 2030", srcProjections), "The September 2025 plan."),
		pub("hsbc-rent", "HSBC", "2025-11", "rent for compute, H2 2025 to 2030", "years.spend_usd", 2025, 2030, h2From, 792e9,
			reported("792 B USD of cumulative rent from the second half of 2025 to 2030; one summary says 702", srcHSBC, srcHSBC2, srcHSBC3, srcHSBC702),
			"HSBC reads OpenAI's deals as leases of about 36 GW, a third of it online by 2030; 792 B is backed by two sources against one for 702."),
		pub("hsbc-rent-2033", "HSBC", "2025-11", "rent for compute, H2 2025 to 2033", "years.spend_usd", 2025, 2033, h2From, 1.4e12,
			reported("about 1.4 T USD of cumulative rent to 2033", srcHSBC, srcHSBC2), ""),
		pub("hsbc-funding-gap", "HSBC", "2025-11", "funding gap by 2030", "portfolio.funding_need_usd", 2025, 2030, 0, 207e9,
			reported("a funding gap of at least 207 B USD by 2030, after 17.5 B of cash and 24 B of undrawn facilities", srcHSBC, srcHSBC2),
			"The model's funding need runs to the horizon's end (2035), HSBC's to 2030: set the horizon to end in 2030-12 to compare like with like."),
		pub("hsbc-revenue-2030", "HSBC", "2025-11", "revenue in 2030", "years.revenue_usd", 2030, 2030, 0, 213e9,
			reported("213 B USD of revenue in 2030", srcHSBC), ""),
		pub("db-fcf-2024-2029", "Deutsche Bank", "2025-11", "free cash flow, 2024 to 2029", "years.free_cash_flow_usd", 2024, 2029, 0, -143e9,
			reported("143 B USD of negative free cash flow over 2024–2029", srcDB),
			"Negative: cash consumed. The model counts cash from 2026-01, so 2024–2025 are missing from its sum."),
	}
	v.Buyers[1].Published = []Published{
		pub("anthropic-revenue-2028", "Anthropic (plan, reported)", "2025-11", "revenue in 2028", "years.revenue_usd", 2028, 2028, 0, 70e9,
			reported("70 B USD of revenue in 2028", srcAProj, srcARev25), "The plan of November 2025; the default growth gives more."),
		pub("anthropic-cash-2028", "Anthropic (plan, reported)", "2025-11", "free cash flow in 2028", "years.free_cash_flow_usd", 2028, 2028, 0, 17e9,
			reported("17 B USD of positive cash flow in 2028", srcAProj, srcA2028),
			"Positive. The model computes no cash for Anthropic unless cash and cash_month are set."),
		pub("anthropic-revenue-2025", "Anthropic (reported)", "2026", "revenue in 2025 (recognised)", "years.revenue_usd", 2025, 2025, 0, 4.7e9,
			reported("about 4.7 B USD of recognised revenue in 2025", srcARev25), ""),
	}

	v.Presets = []Preset{
		{ID: "openai-2026-12", Title: "OpenAI, December 2026", Buyer: "OpenAI",
			Note: "Every agreement OpenAI has announced except the unsigned NVIDIA letter: about 32 GW at the 2030 peak; compute about 16 B USD in 2025, 64 B in 2026 and 1.2 T over 2025–2030.",
			On:   []string{"openai-fleet-2025", "oracle-abilene", "aws", "aws-trainium", "azure", "oracle", "coreweave", "amd", "amd-later", "broadcom", "cerebras", "nvidia-inference"}},
		{ID: "openai-binding", Title: "OpenAI, binding deals only", Buyer: "OpenAI",
			Note: "Only what binds: about 620 B USD of compute over 2025–2030 and 132 B in 2028 (OpenAI: about 600 B and 121 B), but only about 15 GW at the peak.",
			On:   []string{"openai-fleet-2025", "oracle-abilene", "aws", "aws-trainium", "azure", "oracle", "coreweave", "amd", "cerebras"}},
		{ID: "openai-2025-11", Title: "OpenAI, November 2025", Buyer: "OpenAI",
			Note: "The old default: the deals as announced in November 2025, the NVIDIA letter of intent included, on this vintage's figures (vintage 2026-11 has the exact old ones).",
			On:   []string{"openai-fleet-2025", "oracle-abilene", "aws", "azure", "oracle", "coreweave", "nvidia", "amd", "amd-later", "broadcom"}},
		{ID: "aws-only", Title: "The AWS deal alone", Buyer: "OpenAI",
			Note: "The 38 B USD AWS deal alone.",
			On:   []string{"aws"}},
		{ID: "anthropic-2026-12", Title: "Anthropic, December 2026", Buyer: "Anthropic",
			Note: "Anthropic's deals: about 8 GW at the end of 2027 (OpenAI estimates 7–8).",
			On:   []string{"anthropic-fleet-2025", "anthropic-google", "anthropic-google-tpu", "anthropic-aws", "anthropic-azure", "anthropic-spacex", "anthropic-fluidstack"}},
		{ID: "meta-2026-12", Title: "Meta, December 2026", Buyer: "Meta",
			Note: "Meta's cloud leases and chip purchases. Hyperion is buildings for these chips, not a compute deal, and is left out.",
			On:   []string{"meta-coreweave", "meta-coreweave-2", "meta-google", "meta-google-tpu", "meta-nebius-2025", "meta-nebius", "meta-nvidia", "meta-amd"}},
		{ID: "microsoft-neoclouds", Title: "Microsoft's neocloud leases", Buyer: "Microsoft",
			Note: "Microsoft's leases from neoclouds; Bloomberg tallies over 60 B USD (reported).",
			On:   []string{"microsoft-nebius", "microsoft-iren", "microsoft-nscale", "microsoft-lambda", "microsoft-coreweave", "microsoft-nscale-narvik"}},
		{ID: "xai", Title: "xAI", Buyer: "xAI",
			Note: "xAI's two Colossus sites; the data is thin (M–L).",
			On:   []string{"xai-colossus1", "xai-colossus2"}},
		{ID: "hsbc-2025-11", Title: "HSBC's reading, November 2025", Buyer: "OpenAI",
			Note: "Mirrors HSBC's model of November 2025: the deals OpenAI had then (about 36 GW contracted, the NVIDIA letter included), all paid as rent, with revenue of 213 B USD in 2030. " +
				"Assumptions needed to match it: HSBC has only about a third of the 36 GW online by 2030, so the three chip deals (nvidia, broadcom, amd-later) reach full size in 2035-12 instead of 2029–2030; " +
				"rent is what the contracts hold, with no renewals after them (sustain 0), as in HSBC's ~1.4 T USD to 2033; " +
				"HSBC's users follow an S-curve that flattens by 2030, so growth slows fast: growth 1.25 with decay 0.35 (the top of its range) gives 213 B in 2030; " +
				"the gap starts from HSBC's 17.5 B of cash and 24 B of undrawn facilities, 41.5 B at 2025-11, with nothing raised after (the March 2026 round is off); " +
				"HSBC publishes no costs besides rent and its figures leave little room for them, so other costs sit at the bottom of their ranges (50 % of revenue falling to 15 % in 2030) and no revenue share is paid to Microsoft. " +
				"Result: rent of 734 B for H2 2025–2030 (HSBC 792 B, −7 %), 1.44 T to 2033 (~1.4 T, +3 %), a funding gap of 232 B by 2030 (207 B, +12 %). " +
				"Not matched: about 21 GW is online at the end of 2030, not HSBC's ~12, because this vintage's rent per GW (about 11 B USD per GW-year) is below HSBC's (about 620 B a year for 36 GW, ~17 B); " +
				"HSBC also counts 26 B from NVIDIA and AMD, which a preset cannot add because it cannot add a funding event (with it the gap would be about 206 B).",
			On: []string{"openai-fleet-2025", "oracle-abilene", "aws", "azure", "oracle", "coreweave", "nvidia", "amd", "amd-later", "broadcom"},
			Overrides: map[string]string{
				"growth": "1.25", "growth_decay": "0.35", "sustain": "0",
				"d.nvidia.full": "2035-12", "d.broadcom.full": "2035-12", "d.amd-later.full": "2035-12",
				"cash": "41.5B", "cash_month": "2025-11", "f.round-2026-03.on": "0",
				"opex_share": "0.5", "opex_share_late": "0.15", "rev_share": "0",
			}},
		{ID: "openai-plan-2026-02", Title: "OpenAI's plan, February 2026", Buyer: "OpenAI",
			Note: "Mirrors OpenAI's plan to investors of February 2026: the binding deals behind about 600 B USD of compute through 2030, with revenue of over 280 B USD in 2030. " +
				"Assumptions needed to match it: growth 1.1 gives about 283 B of revenue in 2030 (the data file's rough figure was 1.15); " +
				"Oracle's 4.5 GW starts in 2028-01 instead of 2027-06, as some Oracle sites for OpenAI were reported to slip to 2028 (Oracle denies; it is still Oracle's fiscal 2028), so its 300 B is paid over five years from then (3.77 USD per GPU-hour instead of 4.03). Everything else is the vintage's. " +
				"Result: 605 B USD of compute over 2025–2030 (OpenAI ~600 B, +1 %) and 126 B in 2028 (121 B, +4 %). " +
				"Not matched: the burn of about 25 B in 2026 (here about 44 B, with other costs at 75 % of revenue), about 51 B in 2029 (here about 40 B), and capacity: about 15 GW at the peak, half of the 30 GW by 2030 of the investor memo.",
			On:        []string{"openai-fleet-2025", "oracle-abilene", "aws", "aws-trainium", "azure", "oracle", "coreweave", "amd", "cerebras"},
			Overrides: map[string]string{"growth": "1.1", "d.oracle.start": "2028-01"}},
	}

	v.Notes = []Note{
		{Title: "Stargate is an umbrella, not a deal",
			Text: "Over 10 GW of Stargate capacity is secured in the US (disclosed, 2026-04-29). Its Oracle sites sit in oracle and oracle-abilene, its SoftBank sites (Milam, Lordstown) in the chip deals. " +
				"Since March 2026 OpenAI prefers leasing (reported); Stargate UK is paused and Norway dropped (reported).",
			Sources: []string{srcStargate10, srcPivot, srcUKNO}},
		{Title: "Left out so as not to count twice",
			Text: "Meta–Blue Owl Hyperion, a 27 B USD joint venture whose buildings Meta leases for four years with a 16-year residual guarantee, houses the chips of meta-nvidia and meta-amd. " +
				"Microsoft–Crusoe at Abilene is the site of the dropped Oracle expansion. Both would count buildings already inside those deals.",
			Sources: []string{srcMetaHyp, srcAbileneMS}},
	}
	return v
}
