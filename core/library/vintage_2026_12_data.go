package library

// vintage202612Data is data vintage 2026-12 in the format data.go
// describes. Not shipped yet: it may still change, and
// TestVintagesArePinned says how to pin it anew after an edit; once
// shipped, it never changes.
const vintage202612Data = `# A data vintage of the Compute Deals Explorer, read by data.go, whose
# comment describes the format. Indent with tabs; the enumerations are numbers:
# Status 1 disclosed, 2 reported, 3 assumed; Grade 1 L, 2 M, 3 H;
# Commitment 0 not stated, 1 binding, 2 up-to, 3 framework, 4 letter of intent;
# Kind 0 cloud, 1 owned; Derive 0 value, 1 price, 2 size; SizeUnit 0 accelerators, 1 GW;
# Shape 0 linear, 1 S-curve, 2 step; Sustain 0 as the world says, 1 never, 2 always;
# Finance 0 cash, 1 lease; Mode 0 path, 1 per GW.
ID 2026-12
ModelVersion 2
Correlations [
	{
		A growth
		B growth_decay
		Rho 0.6
		Fact {
			Status 3
			Basis fast early growth tends to be followed by fast slowing, so the two are drawn together
		}
	}
]
Sources [
	{
		URL https://openai.com/index/aws-and-openai-partnership/
		Title OpenAI: AWS and OpenAI announce multi-year strategic partnership
		Date 2025-11-03
		Grade 3
	}
	{
		URL https://www.aboutamazon.com/news/aws/aws-open-ai-workloads-compute-infrastructure
		Title Amazon: AWS and OpenAI announce multi-year strategic partnership
		Date 2025-11-03
		Grade 3
	}
	{
		URL https://blogs.microsoft.com/blog/2025/10/28/the-next-chapter-of-the-microsoft-openai-partnership/
		Title Microsoft: The next chapter of the Microsoft–OpenAI partnership
		Date 2025-10-28
		Grade 3
	}
	{
		URL https://blogs.microsoft.com/blog/2026/04/27/the-next-phase-of-the-microsoft-openai-partnership/
		Title Microsoft: The next phase of the Microsoft–OpenAI partnership
		Date 2026-04-27
		Grade 3
	}
	{
		URL https://openai.com/index/openai-and-broadcom-announce-strategic-collaboration/
		Title OpenAI and Broadcom announce strategic collaboration (10 GW)
		Date 2025-10-13
		Grade 3
	}
	{
		URL https://openai.com/index/openai-nvidia-systems-partnership/
		Title OpenAI and NVIDIA announce a letter of intent for 10 GW
		Date 2025-09-22
		Grade 3
	}
	{
		URL https://openai.com/index/stargate-advances-with-partnership-with-oracle/
		Title OpenAI: Stargate advances with 4.5 GW partnership with Oracle
		Date 2025-07-22
		Grade 3
	}
	{
		URL https://www.coreweave.com/news/coreweave-expands-agreement-with-openai-by-up-to-6-5b
		Title CoreWeave expands agreement with OpenAI by up to 6.5 B USD
		Date 2025-09-25
		Grade 3
	}
	{
		URL https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
		Title AMD and OpenAI announce strategic partnership to deploy 6 GW of AMD GPUs
		Date 2025-10-06
		Grade 3
	}
	{
		URL https://www.anthropic.com/news/expanding-our-use-of-google-cloud-tpus-and-services
		Title Anthropic: Expanding our use of Google Cloud TPUs and services
		Date 2025-10-23
		Grade 3
	}
	{
		URL https://blogs.microsoft.com/blog/2025/11/18/microsoft-nvidia-and-anthropic-announce-strategic-partnerships/
		Title Microsoft, NVIDIA and Anthropic announce strategic partnerships
		Date 2025-11-18
		Grade 3
	}
	{
		URL https://www.anthropic.com/news/anthropic-amazon-compute
		Title Anthropic: compute agreement with Amazon
		Date 2026-04-20
		Grade 3
	}
	{
		URL https://nebius.com/newsroom/nebius-announces-multi-billion-dollar-agreement-with-microsoft-for-ai-infrastructure
		Title Nebius announces multi-billion dollar agreement with Microsoft
		Date 2025-09-08
		Grade 3
	}
	{
		URL https://lzwjava.github.io/nvidia-h200-gpu-specs-en
		Title NVIDIA H100/H200 specifications
		Grade 3
	}
	{
		URL https://www.techreaderdaily.com/article.html?slug=h100-reserved-capacity-hits-2-35-hour-floor-in-2026
		Title H100 reserved capacity hits a 2.35 USD/hour floor
		Date 2026-03
		Grade 2
	}
	{
		URL https://awesomeagents.ai/hardware/nvidia-gb200-nvl72
		Title NVIDIA GB200 NVL72 rack
		Grade 2
	}
	{
		URL https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200
		Title Spheron: H200 vs B200 vs GB200 (list prices)
		Grade 1
	}
	{
		URL https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144
		Title Bernstein: what a GW of data-center capacity costs
		Grade 2
	}
	{
		URL https://www.livemint.com/companies/nvidia-is-set-to-get-a-big-boost-from-openai-here-s-how-much-11756731303509.html
		Title Mint: NVIDIA's take per GW from OpenAI
		Grade 3
	}
	{
		URL https://gridreadiness.com/blog/jensen-huang-80-billion-per-gigawatt-grid-connection-investment-thesis.html
		Title Huang: 80–100 B USD per GW (blog)
		Grade 1
	}
	{
		URL https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal
		Title Microsoft–IREN GB300 cloud deal
		Date 2025-11-03
		Grade 3
	}
	{
		URL https://megaobzor.com/NVIDIA-predstavila-novii-superkomputer-dlja-II.html
		Title NVIDIA Vera Rubin rack FP8 (review site)
		Grade 1
	}
	{
		URL https://mirrorfrog.com/en/blog/nvidia-vera-rubin-platform-6-chips-deep-dive
		Title Vera Rubin platform deep dive (blog)
		Grade 1
	}
	{
		URL https://afnnews.qaasid.com/143260
		Title Google's Ironwood TPU at Hot Chips 2025 (a live blog, reposted)
		Date 2025-08
		Grade 1
	}
	{
		URL https://nnu.ng/ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-9216-chips-setting-a-new-world-record
		Title Ironwood TPU details (TechRadar, reposted)
		Date 2025-08
		Grade 1
	}
	{
		URL https://www.servethehome.com/cerebras-wse-3-ai-chip-launched-56x-larger-than-nvidia-h100-vertiv-supermicro-hpe-qualcomm/
		Title ServeTheHome: Cerebras WSE-3 AI chip launched
		Date 2024-03
		Grade 2
	}
	{
		URL https://awesomeagents.ai/hardware/cerebras-wse-3
		Title Cerebras WSE-3 hardware page (aggregator)
		Grade 1
	}
	{
		URL https://regantih.github.io/reports-lab/sand-to-superintelligence/chapters/14-nvl72-drills.tsv
		Title NVL72 rack power table (personal report)
		Grade 1
	}
	{
		URL https://cloudnews.tech/amd-challenges-vera-rubin-instinct-mi455x-and-mi430x-promise-fp4-fp8-parity-same-bandwidth-and-double-hbm4-memory
		Title AMD MI455X and MI430X against Vera Rubin
		Grade 2
	}
	{
		URL https://servernews.ru/1133303
		Title ServerNews: AMD MI450 and Trainium3 figures
		Grade 2
	}
	{
		URL https://glennklockwood.com/garden/processors/trainium2
		Title Glenn Lockwood: Trainium2
		Grade 2
	}
	{
		URL https://www.tomshardware.com/tech-industry/artificial-intelligence/amazon-launches-trainium3-ai-accelerator-competing-directly-against-blackwell-ultra-in-fp8-performance-new-trn3-gen2-ultraserver-takes-vertical-scaling-notes-from-nvidias-playbook
		Title Tom's Hardware: Amazon launches Trainium3
		Grade 3
	}
	{
		URL https://nand-research.com/?p=5010
		Title NAND Research: Trainium4 preview
		Grade 2
	}
	{
		URL https://bitcoinnewsinvest.com/nvidia-unveils-groq-3-lpx-rack-system-for-ultra-low-latency-ai-inference
		Title NVIDIA Groq 3 LPX rack
		Grade 2
	}
	{
		URL https://www.memorymarket.com/newsflash/731
		Title OpenAI–Broadcom first tranche financing (newsflash)
		Grade 1
	}
	{
		URL https://www.tomshardware.com/pc-components/gpus/nvidia-shares-blackwell-ultras-secrets-nvfp4-boost-detailed-and-pcie-6-0-support
		Title Tom's Hardware: Blackwell Ultra details
		Grade 3
	}
	{
		URL https://verda.com/blog/gb300-nvl72-architecture
		Title Verda: GB300 NVL72 architecture
		Grade 2
	}
	{
		URL https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/closed/Crusoe/systems/GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json
		Title MLCommons inference v6.1: GB200 NVL72 system description
		Grade 3
	}
	{
		URL https://chips.sanjay920.com/l/07-data-center/
		Title PUE of liquid-cooled AI halls
		Grade 2
	}
	{
		URL https://intelligence.uptimeinstitute.com/resource/large-data-centers-are-mostly-more-efficient-analysis-confirms
		Title Uptime Institute: PUE survey
		Grade 3
	}
	{
		URL https://eia.gov/electricity/monthly/epm_table_grapher.php?t=table_5_06_a
		Title EIA: industrial electricity rates by state
		Date 2025-06
		Grade 3
	}
	{
		URL https://pv-magazine-usa.com/2026/01/30/uncertainty-looms-as-solar-ppa-prices-climb-for-second-straight-quarter
		Title pv magazine USA: PPA prices
		Date 2026-01-30
		Grade 3
	}
	{
		URL https://www.marketscreener.com/news/goldman-sachs-and-mckinsey-bring-the-ai-boom-back-to-its-physical-constraints-ce7f5bdada8ff025
		Title Goldman Sachs and McKinsey on data-center build costs
		Grade 2
	}
	{
		URL https://www.build.inc/data-center-construction-costs-2025
		Title Data-center construction costs 2025 (CBRE figures)
		Grade 2
	}
	{
		URL https://epoch.ai/data-insights/ai-datacenter-cost-breakdown
		Title Epoch AI: AI data-center cost breakdown
		Date 2026-05-14
		Grade 3
	}
	{
		URL https://shaulkoral.com/useful-life-of-servers-and-network-assets-at-tech-companies/
		Title Useful life of servers at tech companies
		Grade 3
	}
	{
		URL https://deepquarry.substack.com/p/amazon-revises-server-lifespan-amid
		Title Amazon revises server lifespan
		Date 2025-02-07
		Grade 3
	}
	{
		URL https://news.barelyhuman.xyz/item/43598691
		Title Training MFU (Llama 3 paper, quoted)
		Grade 3
	}
	{
		URL https://www.republicworld.com/tech/openai-ceo-sam-altman-unveils-gigawatt-a-week-ai-factory-plan-to-end-compute-shortage
		Title Altman: a factory for 1 GW of AI infrastructure a week
		Date 2025-09-23
		Grade 3
	}
	{
		URL https://aihola.com/article/openai-20-billion-revenue-compute-2025
		Title OpenAI CFO: 20 B USD revenue, 1.9 GW of compute in 2025
		Date 2026-01-18
		Grade 3
	}
	{
		URL https://www.moneycontrol.com/technology/openai-to-cross-1-million-gpus-in-2025-but-sam-altman-wants-more-article-13301548.html
		Title OpenAI to cross 1 million GPUs in 2025
		Grade 3
	}
	{
		URL https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/
		Title PC Gamer: OpenAI's 110 B USD of new funding, NVIDIA capacity
		Date 2026-02-27
		Grade 3
	}
	{
		URL https://awesomeagents.ai/news/nvidia-groq-inference-chip-openai
		Title NVIDIA's Groq-based inference chip for OpenAI
		Grade 2
	}
	{
		URL https://particle.news/story/openai-and-nvidia-strike-10-gigawatt-ai-infrastructure-pact-with-up-to-100-billion-planned
		Title OpenAI and NVIDIA 10 GW letter of intent
		Date 2025-09-22
		Grade 3
	}
	{
		URL https://thedailyoverview.com/openai-slashes-massive-spending-plan-as-harsh-reality-hits/
		Title OpenAI slashes its spending plan; NVIDIA equity in place of the LOI
		Grade 2
	}
	{
		URL https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers
		Title OpenAI–AWS seven-year 38 B USD deal
		Date 2025-11-03
		Grade 3
	}
	{
		URL https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai
		Title Tom's Hardware: Amazon invests 50 B USD in OpenAI
		Date 2026-02-27
		Grade 2
	}
	{
		URL https://www.benzinga.com/trading-ideas/movers/25/10/48461540/microsoft-stock-moves-higher-on-new-deal-with-openai
		Title Benzinga: Microsoft's new deal with OpenAI
		Date 2025-10-28
		Grade 3
	}
	{
		URL https://www.thenews.com.pk/latest/1342862-300-billion-deal-between-openai-oracle-largest-cloud-contract-in-history
		Title 300 B USD OpenAI–Oracle deal
		Date 2025-09-10
		Grade 3
	}
	{
		URL https://www.channelnewsasia.com/business/oracle-openai-add-45-gigawatts-data-center-capacity-stargate-venture-5251721
		Title CNA: Oracle and OpenAI add 4.5 GW
		Date 2025-07-22
		Grade 3
	}
	{
		URL https://www.etcentric.org/openai-and-oracle-confirm-30b-annual-data-center-contract
		Title OpenAI and Oracle confirm a 30 B USD annual contract
		Grade 2
	}
	{
		URL https://archive.is/latest/https://www.bloomberg.com/news/articles/2025-12-12/some-oracle-data-centers-for-openai-delayed-to-2028-from-2027
		Title Bloomberg: some Oracle data centers for OpenAI delayed to 2028
		Date 2025-12-12
		Grade 2
	}
	{
		URL https://www.tomshardware.com/tech-industry/oracle-and-openai-scrap-planned-600mw-abilene-expansion
		Title Tom's Hardware: Oracle and OpenAI scrap the Abilene expansion
		Date 2026-03
		Grade 3
	}
	{
		URL https://forums.azcwr.org/post.php?p=SI0VahDGNB
		Title Microsoft leases the Abilene expansion site (forum)
		Grade 2
	}
	{
		URL https://docsdigest.com/en/technologies/openai-news/posts/511?provider=claude
		Title OpenAI: over 10 GW of Stargate capacity secured (digest)
		Date 2026-04-29
		Grade 3
	}
	{
		URL https://news.anyfans.com/?p=71359
		Title Reuters via anyfans: CoreWeave expands its OpenAI pact
		Date 2025-09-25
		Grade 3
	}
	{
		URL https://technode.global/2025/10/07/amd-and-openai-team-up-to-deploy-6-gigawatts-of-amd-gpus
		Title AMD and OpenAI to deploy 6 GW of AMD GPUs
		Date 2025-10-07
		Grade 3
	}
	{
		URL https://fundalyst.xyz/AMD/gpu_share_capture/openai_deal
		Title Analyst: only the first GW of AMD–OpenAI binds
		Grade 1
	}
	{
		URL https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of
		Title Sherwood: Broadcom and OpenAI, 10 GW
		Date 2025-10-13
		Grade 3
	}
	{
		URL https://longbridge.com/en/topics/39073892
		Title Broadcom Q1 FY2026: OpenAI a substantive customer
		Date 2026-03
		Grade 2
	}
	{
		URL https://www.allaroundworlds.com/oracle-denies-delays-openai-data-center-plan
		Title Hock Tan on OpenAI's 2027–2029 ramp
		Grade 2
	}
	{
		URL https://theaitrack.com/openai-10-billion-deal-cerebras-systems
		Title OpenAI's deal with Cerebras Systems
		Date 2026-01-14
		Grade 2
	}
	{
		URL https://www.world-today-journal.com/?p=2136663
		Title OpenAI–Cerebras over 20 B USD
		Grade 2
	}
	{
		URL https://mobiletechworld.com/openai-cerebras-20-billion-deal-infrastructure-april-2026/
		Title OpenAI–Cerebras 20 B USD deal (Cerebras S-1)
		Date 2026-04
		Grade 2
	}
	{
		URL https://newsable.asianetnews.com/markets/openai-and-softbank-to-invest-1b-in-sb-energy-to-build-more-ai-data-centers-articleshow-upaeh9s
		Title OpenAI and SoftBank invest 1 B USD in SB Energy
		Date 2026-01-09
		Grade 3
	}
	{
		URL https://gulfnews.com/business/markets/stargate-uae-first-phase-of-200mw-to-complete-by-2026-1.500310364
		Title Gulf News: Stargate UAE first 200 MW by 2026
		Grade 3
	}
	{
		URL https://computer-services.industriesnews.net/news/278271343/openai-signs-cloud-deal-with-google-despite-intense-ai-rivalry
		Title OpenAI signs a cloud deal with Google
		Date 2025-06-10
		Grade 3
	}
	{
		URL https://aisecwatch.com/issues/2bf0c7a0-503d-4480-9fcc-94610e6d6395
		Title OpenAI prefers leasing (newsletter)
		Date 2026-03
		Grade 2
	}
	{
		URL https://radar.creative-technology.digital/intelligence/sources/2026-04-15-openai-stargate-uk-norway-pullback
		Title Stargate UK paused, Norway dropped
		Date 2026-04-15
		Grade 2
	}
	{
		URL https://maestrousa.com/openais-norwegian-ai-infrastructure-project-shifts-focus-as-microsoft-secures-capacity-amidst-shifting-global-ai-development-landscape/
		Title Microsoft takes the Narvik capacity
		Date 2026-04-15
		Grade 2
	}
	{
		URL https://mercuryoregon.com/openai-microsoft-broaden-cloud-access-deal/
		Title OpenAI and Microsoft broaden cloud access (amendment)
		Date 2026-04-27
		Grade 3
	}
	{
		URL https://cxovoice.com/openai-caps-microsoft-revenue-share-at-38-billion-in-major-deal-reset/
		Title OpenAI caps Microsoft's revenue share at 38 B USD
		Date 2026-04
		Grade 2
	}
	{
		URL https://red.azn.boats/r/mlscaling/comments/1nucdh9/openai_financials_h1_2025_fttheinformation
		Title OpenAI financials H1 2025 (FT, The Information), forum summary
		Grade 2
	}
	{
		URL https://www.findarticles.com/leaked-documents-show-openais-deal-with-microsoft
		Title Leaked documents on OpenAI's payments to Microsoft
		Grade 1
	}
	{
		URL https://herosweb.com/?p=45082
		Title About 13 B USD paid to Microsoft (blog)
		Grade 1
	}
	{
		URL https://briefly.co/anchor/Artificial_intelligence/story/openai-has-spent-12b-on-inference-with-microsoft-report
		Title OpenAI's inference spend with Microsoft (leak)
		Grade 1
	}
	{
		URL https://epoch.ai/data-insights/openai-compute-spend
		Title Epoch AI: OpenAI's compute spend
		Grade 2
	}
	{
		URL https://thedailyscout.com/s/L61uXJUQUQM
		Title Brockman under oath: about 50 B USD of compute in 2026
		Date 2026-05
		Grade 2
	}
	{
		URL https://aiworldtoday.com/news/leaked-openai-numbers-shift-the-narrative-13-billion-in-revenue-still-deep-in-the-red
		Title Leaked OpenAI accounts 2025: 13 B USD revenue
		Grade 2
	}
	{
		URL https://blog.022025.xyz/news/48565130
		Title OpenAI 2025 accounts (news digest)
		Grade 2
	}
	{
		URL https://biggo.com/news/202510030123_OpenAI_Burns_13.5_Billion_Despite_Revenue_Growth
		Title OpenAI burned 13.5 B USD in H1 2025
		Date 2025-10-03
		Grade 2
	}
	{
		URL https://ttm.financial/m/news/1197658515
		Title OpenAI Q1 2026 revenue
		Grade 2
	}
	{
		URL https://bitsminds.com/news/openai-confidential-s1-september-ipo-2026
		Title OpenAI confidential S-1; Q1 2026 margin
		Date 2026-05-22
		Grade 2
	}
	{
		URL https://aibeat.co/openai-to-reach-2-billion-revenue/
		Title OpenAI to reach 2 B USD revenue
		Grade 2
	}
	{
		URL https://zoonop.com/articles/openais-2025-revenue-projections-reach-13-billion-amidst-high-investment-and-agi-expectations
		Title OpenAI's 2025 revenue projections
		Grade 2
	}
	{
		URL https://fourweekmba.com/openais-12b-revenue-milestone-700-million-weekly-active-users-for-its-chatgpt-deep-dive-into-the-ai-race-implications
		Title OpenAI's 12 B USD revenue milestone
		Date 2025-07
		Grade 2
	}
	{
		URL https://www.sacra.com/c/openai
		Title Sacra: OpenAI
		Grade 1
	}
	{
		URL https://mungomash.com/orgs/openai/financials/
		Title OpenAI financials (tracker): about 2 B USD a month
		Grade 2
	}
	{
		URL https://news.promtvault.app/editions/2026/05/06/stories/08-openai-122b-round-852b-valuation.html
		Title OpenAI's 122 B USD round at 852 B
		Date 2026-03-31
		Grade 3
	}
	{
		URL https://www.socialsamosa.com/industry-updates/softbank-completes-40-billion-openai-investment-10961971
		Title SoftBank completes its 40 B USD OpenAI investment
		Date 2025-12-26
		Grade 3
	}
	{
		URL https://staging.irishtimes.com/business/2025/11/28/openai-partners-amass-100bn-debt-pile-to-fund-its-ambitions
		Title Irish Times: OpenAI partners' debt pile; 4 B USD credit line
		Date 2025-11-28
		Grade 2
	}
	{
		URL https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
		Title Indian Express: OpenAI expects about 600 B USD of compute through 2030
		Date 2026-02
		Grade 3
	}
	{
		URL https://lowdown.today/t/data-centres/5/openai-cuts-compute-target-by-800bn/
		Title OpenAI cuts its compute target
		Grade 2
	}
	{
		URL https://www.algorithmtimes.com/openai-missed-revenue-and-user-targets/
		Title OpenAI missed revenue and user targets (WSJ)
		Grade 2
	}
	{
		URL https://www.edgen.tech/news/post/openai-anthropic-financials-reveal-a-121-billion-ipo-problem
		Title OpenAI and Anthropic financials: 121 B USD of compute in 2028 (WSJ)
		Grade 2
	}
	{
		URL https://altcoinbeat.com/openai-115-billion-gamble-can-it-survive-a-looming-financial-collapse
		Title OpenAI's 115 B USD gamble (burn path)
		Grade 1
	}
	{
		URL https://coolest-gadgets.com/openai-projects-115b-cash-burn-by-2029-amid-ai-expansion
		Title OpenAI projects 115 B USD of cash burn by 2029
		Date 2025-09
		Grade 2
	}
	{
		URL https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates
		Title HSBC: OpenAI needs another 207 B USD by 2030
		Date 2025-11-26
		Grade 2
	}
	{
		URL https://www.businessupturn.com/usa/?p=96670
		Title HSBC on OpenAI's funding gap
		Date 2025-11
		Grade 2
	}
	{
		URL https://mail.itx.ba/news/ai/62100-openai-is-digging-a-deeper-money-pit-than-anyone-guessed
		Title OpenAI's money pit (HSBC figures)
		Date 2025-11
		Grade 2
	}
	{
		URL https://www.newsbytesapp.com/news/business/openai-could-face-a-207b-funding-gap-by-2030-says-hsbc/tldr
		Title HSBC: 207 B USD funding gap (summary)
		Date 2025-11
		Grade 1
	}
	{
		URL https://ttm.financial/m/news/2589817659
		Title Deutsche Bank: OpenAI's negative free cash flow
		Date 2025-11
		Grade 2
	}
	{
		URL https://www.tomshardware.com/tech-industry/bain-says-compute-demand-is-outpacing-capital
		Title Bain: compute demand outpaces capital
		Grade 2
	}
	{
		URL https://thedailyscout.com/s/xPbMgbVgnSk
		Title OpenAI investor memo: 30 GW by 2030; Anthropic 1.4 GW
		Grade 2
	}
	{
		URL https://www.type0.ai/articles/openai-expects-four-to-one-compute-lead-over-anthropic
		Title OpenAI expects a four-to-one compute lead over Anthropic
		Grade 2
	}
	{
		URL https://liveinthefuture.org/stories/anthropic-965b-valuation-revenue-curve.html
		Title Anthropic's revenue curve
		Grade 2
	}
	{
		URL https://pjfp.com/tag/interpretability/
		Title Anthropic: 47 B USD run-rate, Series H
		Date 2026-05-28
		Grade 3
	}
	{
		URL https://web3.oyuzh.com/discover/post/70799181272160
		Title Anthropic's 2023 revenue (post)
		Grade 1
	}
	{
		URL https://vuink.com/post/guryvf-d-dbet/blog/anthropic-at-60b
		Title Anthropic at 60 B USD (blog)
		Grade 1
	}
	{
		URL https://www.prosperiaxfinance.com/p/anthropic-s-path-to-public-markets
		Title Anthropic's path to public markets
		Grade 2
	}
	{
		URL http://asiaict.com/ai/16355.html
		Title Anthropic 19 B USD run-rate (news site)
		Grade 1
	}
	{
		URL https://chatforest.com/reviews/anthropic-google-broadcom-3-5gw-tpu-compute-deal-2026/
		Title Anthropic–Google–Broadcom 3.5 GW TPU deal; 30 B USD run-rate
		Date 2026-04
		Grade 3
	}
	{
		URL https://open-techstack.com/blog/broadcom-google-anthropic-tpu-deal-2026
		Title Broadcom–Google–Anthropic TPU deal
		Date 2026-04-06
		Grade 3
	}
	{
		URL https://theinformationmachine.fyi/items/22526/
		Title How Anthropic counts its run-rate
		Grade 2
	}
	{
		URL https://the-decoder.com/anthropic-is-betting-on-an-audacious-leap-from-4-7-billion-to-70-billion-in-revenue-by-2028/
		Title The Decoder: Anthropic from 4.7 B to 70 B USD by 2028
		Grade 2
	}
	{
		URL https://chatforest.com/reviews/anthropic-first-operating-profit-q2-2026-milestone-or-accounting/
		Title Anthropic's first operating profit, Q2 2026
		Grade 2
	}
	{
		URL https://maksipi-blog.vercel.app/en/posts/post14.html
		Title Anthropic's compute share of revenue (blog)
		Grade 1
	}
	{
		URL https://www.sipoch.com/en/article/300330023226029
		Title Anthropic's stock pay (article)
		Grade 1
	}
	{
		URL https://www.btimesonline.com/articles/175839/20251107/openai-s-12b-quarterly-loss-highlights-cost-of-ai-race-as-anthropic-forecasts-70b-sales-by-2028.htm
		Title Anthropic forecasts 70 B USD of sales by 2028
		Date 2025-11-07
		Grade 2
	}
	{
		URL https://www.nextfin.ai/en/news/anthropic-delays-cash-flow-positivity-2028-cef5ebe6c9
		Title Anthropic delays cash-flow positivity to 2028
		Grade 2
	}
	{
		URL https://www.discoverheadlines.com/2026/02/the-ai-gold-rush-anthropics-380bn.html
		Title Anthropic's Series G at 380 B USD
		Date 2026-02
		Grade 2
	}
	{
		URL https://corsummit.netlify.app/news/google-40-billion-anthropic-investment-350-billion-valuation-tpu-compute
		Title Google's up to 40 B USD investment in Anthropic
		Date 2026-04-24
		Grade 2
	}
	{
		URL https://thesummerai.com/anthropic-amazon-deal/
		Title Anthropic–Amazon deal: 100 B USD, up to 5 GW
		Date 2026-04-20
		Grade 3
	}
	{
		URL https://ailearningguides.com/?p=5305
		Title Anthropic–Google TPU deal about 200 B USD
		Grade 2
	}
	{
		URL https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
		Title SpaceX S-1 amendment: Anthropic's Colossus compute
		Date 2026-05
		Grade 3
	}
	{
		URL https://www.krasa.ai/news/spacex-s1-anthropic-1-25-billion-monthly-colossus-compute-deal
		Title SpaceX S-1: Anthropic 1.25 B USD a month
		Date 2026-05
		Grade 2
	}
	{
		URL https://www.newser.com/story/378552/anthropic-makes-a-big-bet-on-data-centers.html
		Title Anthropic's 50 B USD data-center bet with Fluidstack
		Date 2025-11-12
		Grade 3
	}
	{
		URL https://businessleadersreview.com/google-and-anthropic-expand-partnership-deal-to-access-one-million-tpus
		Title Google and Anthropic: up to one million TPUs
		Date 2025-10-23
		Grade 3
	}
	{
		URL https://windowsforum.com/threads/microsoft-nvidia-anthropic-alliance-expands-azure-ai-with-claude.389939
		Title Microsoft, NVIDIA, Anthropic alliance (forum)
		Date 2025-11-18
		Grade 3
	}
	{
		URL https://wyomingstarnews.org/2025/11/19/microsoft-and-nvidia-pour-up-to-15-billion-into-anthropic-as-claude-maker-locks-in-30-billion-azure-deal
		Title Microsoft and NVIDIA invest up to 15 B USD in Anthropic
		Date 2025-11-19
		Grade 3
	}
	{
		URL https://www.beri.net/article/anthropic-akamai-xai-cloud-deals
		Title Anthropic's Akamai and xAI cloud deals
		Grade 2
	}
	{
		URL https://ainewshome.com/article/meta-multiyear-deal-nvidia-gpus
		Title Meta's multiyear deal for NVIDIA GPUs
		Date 2026-02-17
		Grade 3
	}
	{
		URL https://insights.marvin-42.com/articles/metanvidiablackwell-gpuai
		Title Meta–NVIDIA Blackwell deal size (blog)
		Grade 1
	}
	{
		URL https://www.wokv.com/news/business/facebook-owner-meta/YHXFM33PQEY7LEIUFMDQQRSMYM/
		Title Meta signs a 6 GW deal with AMD
		Date 2026-02-24
		Grade 3
	}
	{
		URL https://www.tredu.com/news/meta-and-advanced-micro-devices-sign-6-gigawatt-data-center-deal
		Title Meta and AMD 6 GW: AMD's sales estimate
		Grade 2
	}
	{
		URL https://tokentimes.net/posts/2026-02-28-meta-strikes-multi-billion-deal-rent-google-tpus
		Title Meta rents Google TPUs
		Date 2026-02-28
		Grade 2
	}
	{
		URL https://softwareherald.com/meta-signs-up-to-27b-ai-infrastructure-deal-with-nebius-on-nvidia-vera-rubin
		Title Meta signs up to 27 B USD with Nebius
		Date 2026-03-16
		Grade 3
	}
	{
		URL https://www.sec.gov/Archives/edgar/data/1513845/000110465925109803/tm2530882d2_6k.htm
		Title Nebius 6-K: Meta agreement
		Date 2025-11
		Grade 3
	}
	{
		URL https://www.bisnow.com/national/news/data-center/meta-signs-142b-deal-with-with-ai-cloud-firm-coreweave-131206
		Title Bisnow: Meta signs 14.2 B USD with CoreWeave
		Date 2025-09-30
		Grade 3
	}
	{
		URL https://thedailyscout.com/s/B6HpGcyc8aA
		Title CoreWeave–Meta 21 B USD expansion
		Date 2026-04-09
		Grade 3
	}
	{
		URL https://bizwatchnigeria.ng/google-secures-10bn-cloud-deal-with-meta
		Title Google secures a 10 B USD cloud deal with Meta
		Date 2025-08-21
		Grade 2
	}
	{
		URL https://www.stocktitan.net/news/META/meta-announces-joint-venture-with-funds-managed-by-blue-owl-capital-cb9waindzv96.html
		Title Meta's Hyperion joint venture with Blue Owl
		Grade 3
	}
	{
		URL https://www.constellationr.com/blog-news/insights/why-microsofts-ai-infrastructure-deal-nebius-savvy
		Title Constellation Research: Microsoft–Nebius
		Date 2025-09
		Grade 3
	}
	{
		URL https://www.benzinga.com/markets/tech/25/10/48223043/microsoft-and-nvidia-backed-nscale-announce-large-scale-ai-project-in-us-and-europe
		Title Microsoft and Nscale announce a large AI project
		Date 2025-10-15
		Grade 3
	}
	{
		URL https://www.getappnet.com/news/microsoft-deepens-ai-investments-with-60b-multi-year-neocloud-commitments/155504
		Title Microsoft's 60 B USD of neocloud commitments (Bloomberg tally)
		Grade 2
	}
	{
		URL https://cxoxperts.com/?p=5756
		Title Microsoft–Lambda deal
		Date 2025-11-03
		Grade 2
	}
	{
		URL https://www.digitalapplied.com/blog/xai-6-4b-loss-spacex-filing-analysis
		Title xAI's 6.4 B USD loss in the SpaceX filing
		Grade 3
	}
	{
		URL https://agenticdaily.ai/articles/xai-burned-6-4b-in-2025-and-capex-just-doubled-to-30-8b-annualized
		Title xAI burned 6.4 B USD in 2025; capex
		Grade 2
	}
	{
		URL https://offscreenspace.com/news/xai-unveils-colossus-2-datacenter-2439
		Title xAI's Colossus data centers
		Grade 2
	}
	{
		URL https://thenewsintel.com/industrial-scale-intelligence-xai-flips-the-switch-on-1gw-colossus-2-supercluster1
		Title xAI switches on the 1 GW Colossus 2
		Grade 2
	}
	{
		URL https://www.inkl.com/news/musk-s-net-worth-nears-500b-again-as-xai-eyes-20-billion-nvidia-chip-deal-for-colossus-2-data-centre
		Title xAI's 20 B USD NVIDIA chip SPV
		Date 2025-10
		Grade 2
	}
	{
		URL https://www.nasdaq.com/articles/elon-musks-xai-raises-20-bln-funding-backing-nvidia-and-qatar
		Title Nasdaq: xAI raises 20 B USD
		Date 2026-01-06
		Grade 3
	}
	{
		URL https://longbridge.com/topics/42313269
		Title xAI merges into SpaceX
		Date 2026-02
		Grade 2
	}
]
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
				Basis card plus its share of server and network
				Low 30000
				High 50000
			}
			fp8 {
				Status 1
				Basis dense FP8 peak (the 3.96 PF figure is sparse)
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
				]
			}
			hbm {
				Status 1
				Basis 80 GB of HBM3
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
				]
			}
			it_kw {
				Status 1
				Basis a DGX H100 draws 10.2 kW for its 8 GPUs
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
				]
			}
		}
		MarketUSDPerHour 2.65
		Market {
			Status 2
			Basis one-year contract price: 2.35 in March 2026, about 2.65 by June 2026
			Sources [
				https://www.techreaderdaily.com/article.html?slug=h100-reserved-capacity-hits-2-35-hour-floor-in-2026
			]
			Low 1.7
			High 2.9
		}
	}
	{
		ID h200
		Name NVIDIA H200 SXM
		ITKW 1.275
		FP8PFLOPS 1.979
		HBMGB 141
		CapexUSD 35000
		Facts {
			capex {
				Status 3
				Basis an older part, priced below new Blackwell GPUs
				Low 28000
				High 45000
			}
			fp8 {
				Status 1
				Basis the H100's compute
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
				]
			}
			hbm {
				Status 1
				Basis 141 GB of HBM3e
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
				]
			}
			it_kw {
				Status 1
				Basis the H100's power: same board, more memory
				Sources [
					https://lzwjava.github.io/nvidia-h200-gpu-specs-en
				]
			}
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
				Basis about 3.4 M USD of compute per rack plus network, over 72 GPUs
				Sources [
					https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144
				]
				Low 45000
				High 65000
			}
			fp8 {
				Status 2
				Basis about 5 PF dense per GPU; some tables give 4.5
				Sources [
					https://awesomeagents.ai/hardware/nvidia-gb200-nvl72
				]
				Low 4.5
				High 5
			}
			hbm {
				Status 1
				Basis 192 GB of HBM3e as marketed
				Sources [
					https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/closed/Crusoe/systems/GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json
					https://www.tomshardware.com/pc-components/gpus/nvidia-shares-blackwell-ultras-secrets-nvfp4-boost-detailed-and-pcie-6-0-support
				]
			}
			it_kw {
				Status 2
				Basis 120–132 kW for a 72-GPU rack
				Sources [
					https://awesomeagents.ai/hardware/nvidia-gb200-nvl72
				]
				Low 1.67
				High 1.9
			}
		}
		MarketUSDPerHour 2.6
		Market {
			Status 3
			Basis a long-term contract rate; the 4.54 of 2026-11 was one provider's on-demand list price
			Sources [
				https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200
			]
			Low 2
			High 4.5
		}
	}
	{
		ID gb300
		Name NVIDIA GB300 NVL72
		ITKW 1.875
		FP8PFLOPS 5
		HBMGB 288
		CapexUSD 65000
		Facts {
			capex {
				Status 3
				Basis between Bernstein's 3.4 M USD a rack (about 47k a GPU) and NVIDIA's about 35 B USD a GW (about 79k)
				Sources [
					https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144
					https://www.livemint.com/companies/nvidia-is-set-to-get-a-big-boost-from-openai-here-s-how-much-11756731303509.html
				]
				Low 50000
				High 85000
			}
			fp8 {
				Status 2
				Basis about 5 PF dense per GPU
				Sources [
					https://verda.com/blog/gb300-nvl72-architecture
				]
			}
			hbm {
				Status 1
				Basis 288 GB of HBM3e as marketed
				Sources [
					https://www.tomshardware.com/pc-components/gpus/nvidia-shares-blackwell-ultras-secrets-nvfp4-boost-detailed-and-pcie-6-0-support
					https://verda.com/blog/gb300-nvl72-architecture
				]
			}
			it_kw {
				Status 2
				Basis about 135 kW for a 72-GPU rack
				Sources [
					https://verda.com/blog/gb300-nvl72-architecture
				]
				Low 1.67
				High 1.9
			}
		}
		MarketUSDPerHour 2.4
		Market {
			Status 3
			Basis Microsoft–IREN's 1.94 B USD a year works out at 2.1–2.9 an hour; the GPU count is not confirmed
			Sources [
				https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal
			]
			Low 2
			High 2.9
		}
	}
	{
		ID rubin
		Name NVIDIA Vera Rubin (per 2-die package)
		ITKW 2.9
		FP8PFLOPS 16.7
		HBMGB 288
		CapexUSD 140000
		Facts {
			capex {
				Status 3
				Basis all-in cost matches NVIDIA's 50–60 B USD a GW; the top of the range is Huang's 80–100 B a GW
				Sources [
					https://www.livemint.com/companies/nvidia-is-set-to-get-a-big-boost-from-openai-here-s-how-much-11756731303509.html
					https://gridreadiness.com/blog/jensen-huang-80-billion-per-gigawatt-grid-connection-investment-thesis.html
				]
				Low 100000
				High 230000
			}
			fp8 {
				Status 2
				Basis 1.2 EF for a 72-package rack; one blog gives 12.5 dense
				Sources [
					https://megaobzor.com/NVIDIA-predstavila-novii-superkomputer-dlja-II.html
					https://mirrorfrog.com/en/blog/nvidia-vera-rubin-platform-6-chips-deep-dive
				]
				Low 12.5
				High 17.5
			}
			hbm {
				Status 2
				Basis 288 GB of HBM4 a package, NVIDIA's figure as two sites quote it; NVIDIA's own page is not stored
				Sources [
					https://megaobzor.com/NVIDIA-predstavila-novii-superkomputer-dlja-II.html
					https://mirrorfrog.com/en/blog/nvidia-vera-rubin-platform-6-chips-deep-dive
				]
			}
			it_kw {
				Status 2
				Basis 190–230 kW for a 72-package rack; claims of 120–130 kW set aside
				Sources [
					https://regantih.github.io/reports-lab/sand-to-superintelligence/chapters/14-nvl72-drills.tsv
				]
				Low 2.5
				High 3.2
			}
		}
	}
	{
		ID mi450
		Name AMD Instinct MI450 / MI455X
		ITKW 2
		FP8PFLOPS 10
		HBMGB 432
		CapexUSD 50000
		Facts {
			capex {
				Status 3
				Basis Meta's 60–100 B USD for 6 GW is about 25–40k of AMD content a GPU
				Sources [
					https://www.tredu.com/news/meta-and-advanced-micro-devices-sign-6-gigawatt-data-center-deal
				]
				Low 30000
				High 70000
			}
			fp8 {
				Status 2
				Basis AMD's 20 PF FP8 is twice the MI355X's 10.1, a sparse figure: about 10 dense
				Sources [
					https://cloudnews.tech/amd-challenges-vera-rubin-instinct-mi455x-and-mi430x-promise-fp4-fp8-parity-same-bandwidth-and-double-hbm4-memory
					https://servernews.ru/1133303
				]
				Low 10
				High 20
			}
			hbm {
				Status 1
				Basis 432 GB of HBM4
				Sources [
					https://cloudnews.tech/amd-challenges-vera-rubin-instinct-mi455x-and-mi430x-promise-fp4-fp8-parity-same-bandwidth-and-double-hbm4-memory
				]
			}
			it_kw {
				Status 3
				Basis no rack power published
				Low 1.6
				High 2.8
			}
		}
	}
	{
		ID trainium2
		Name AWS Trainium2
		ITKW 0.7
		FP8PFLOPS 1.3
		HBMGB 96
		CapexUSD 12000
		Facts {
			capex {
				Status 3
				Basis in-house silicon, not sold
				Low 8000
				High 20000
			}
			fp8 {
				Status 1
				Basis 1.3 PF dense FP8
				Sources [
					https://glennklockwood.com/garden/processors/trainium2
				]
			}
			hbm {
				Status 1
				Basis 96 GB of HBM
				Sources [
					https://glennklockwood.com/garden/processors/trainium2
				]
			}
			it_kw {
				Status 3
				Basis no rack power published
				Low 0.5
				High 1
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
				Basis in-house silicon, not sold
				Low 12000
				High 30000
			}
			fp8 {
				Status 1
				Basis 362 PF for a 144-chip UltraServer
				Sources [
					https://www.tomshardware.com/tech-industry/artificial-intelligence/amazon-launches-trainium3-ai-accelerator-competing-directly-against-blackwell-ultra-in-fp8-performance-new-trn3-gen2-ultraserver-takes-vertical-scaling-notes-from-nvidias-playbook
				]
			}
			hbm {
				Status 1
				Basis 144 GB of HBM3e
				Sources [
					https://www.tomshardware.com/tech-industry/artificial-intelligence/amazon-launches-trainium3-ai-accelerator-competing-directly-against-blackwell-ultra-in-fp8-performance-new-trn3-gen2-ultraserver-takes-vertical-scaling-notes-from-nvidias-playbook
				]
			}
			it_kw {
				Status 3
				Basis the chip is reported near 1 kW; plus its share of the server
				Sources [
					https://servernews.ru/1133303
				]
				Low 0.8
				High 1.6
			}
		}
	}
	{
		ID trainium4
		Name AWS Trainium4
		ITKW 2
		FP8PFLOPS 7.5
		HBMGB 288
		CapexUSD 30000
		Facts {
			capex {
				Status 3
				Basis in-house silicon, not sold
				Low 18000
				High 45000
			}
			fp8 {
				Status 2
				Basis previewed at three times Trainium3's FP8, about 2027
				Sources [
					https://nand-research.com/?p=5010
				]
				Low 5
				High 10
			}
			hbm {
				Status 3
				Basis previewed with four times the memory bandwidth; capacity not given
				Sources [
					https://nand-research.com/?p=5010
				]
			}
			it_kw {
				Status 3
				Basis no figure; a next-generation chip draws more
				Low 1.2
				High 2.8
			}
		}
	}
	{
		ID xpu
		Name OpenAI–Broadcom accelerator
		ITKW 1.5
		FP8PFLOPS 5
		HBMGB 192
		CapexUSD 30000
		Facts {
			capex {
				Status 3
				Basis the first ~1.3 GW reported at ~18 B USD, about 25k a unit; chip content 15–20 B USD a GW
				Sources [
					https://www.memorymarket.com/newsflash/731
					https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144
				]
				Low 20000
				High 45000
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
				Status 2
				Basis 4,614 TFLOPs of FP8 a chip, Google's figure at Hot Chips 2025 as the press quotes it; Google's own page is not stored
				Sources [
					https://afnnews.qaasid.com/143260
					https://nnu.ng/ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-9216-chips-setting-a-new-world-record
				]
			}
			hbm {
				Status 2
				Basis 192 GB of HBM3e a chip (eight stacks), Google's figure at Hot Chips 2025 as the press quotes it
				Sources [
					https://afnnews.qaasid.com/143260
					https://nnu.ng/ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-9216-chips-setting-a-new-world-record
				]
			}
			it_kw {
				Status 3
				Basis no rack power published
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
				Basis 44 GB of on-chip SRAM, not HBM, as Cerebras launched the WSE-3
				Sources [
					https://www.servethehome.com/cerebras-wse-3-ai-chip-launched-56x-larger-than-nvidia-h100-vertiv-supermicro-hpe-qualcomm/
				]
			}
			it_kw {
				Status 2
				Basis about 23 kW a CS-3 system
				Sources [
					https://awesomeagents.ai/hardware/cerebras-wse-3
				]
				Low 20
				High 27
			}
		}
	}
	{
		ID lp30
		Name NVIDIA Groq 3 LPU (LPX rack of 256)
		ITKW 0.8
		FP8PFLOPS 1.23
		HBMGB 0.5
		CapexUSD 25000
		Facts {
			capex {
				Status 3
				Basis price not published
				Low 10000
				High 50000
			}
			fp8 {
				Status 2
				Basis 315 PF for a 256-LPU rack
				Sources [
					https://bitcoinnewsinvest.com/nvidia-unveils-groq-3-lpx-rack-system-for-ultra-low-latency-ai-inference
				]
			}
			hbm {
				Status 1
				Basis 500 MB of on-chip SRAM a chip, not HBM
				Sources [
					https://bitcoinnewsinvest.com/nvidia-unveils-groq-3-lpx-rack-system-for-ultra-low-latency-ai-inference
				]
			}
			it_kw {
				Status 3
				Basis rack power not published
				Low 0.5
				High 1.2
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
	Sustain true
	Finance 1
	FinanceRate 0.1
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
	finance {
		Status 3
		Basis owned hardware is paid as a lease over its life, the way GPU-backed debt is raised, not in cash on delivery
	}
	finance_rate {
		Status 3
		Basis about the rate of GPU-backed debt
		Low 0.06
		High 0.15
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
	rev_per_gw {
		Status 3
		Basis about 10 B USD of revenue a GW-year: OpenAI's CFO figures and Bain's ~2 T USD a year for ~200 GW
		Sources [
			https://aihola.com/article/openai-20-billion-revenue-compute-2025
			https://www.tomshardware.com/tech-industry/bain-says-compute-demand-is-outpacing-capital
		]
		Low 6e+09
		High 1.5e+10
	}
	rev_per_gw_trend {
		Status 3
		Basis revenue per GW held flat; the range allows it to fall or to rise with better models
		Low -0.1
		High 0.2
	}
	revenue {
		Status 3
		Basis revenue follows the buyer's growth path; per_gw ties it to the capacity online instead
	}
	sustain {
		Status 3
		Basis a buyer keeps the capacity it has reached: an ended lease is renewed, a retired chip replaced (a deal may opt out)
	}
	sustain_trend {
		Status 3
		Basis newer hardware has cost about the same per GW; the range allows it to get cheaper
		Low -0.15
		High 0.05
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
			ARRUSD 2.4e+10
			ARRMonth 2026-03
			Growth 0.9
			GrowthDecay 0.2
			History [
				{
					Month 2023-10
					ARRUSD 1.3e+09
				}
				{
					Month 2023-12
					ARRUSD 2e+09
				}
				{
					Month 2024-12
					ARRUSD 6e+09
				}
				{
					Month 2025-06
					ARRUSD 1e+10
				}
				{
					Month 2025-07
					ARRUSD 1.2e+10
				}
				{
					Month 2025-12
					ARRUSD 2e+10
				}
				{
					Month 2026-02
					ARRUSD 2.5e+10
				}
			]
			PerGWYearUSD 1e+10
		}
		Stated {
			ValueUSD 1.4e+12
			GW 30
			GWPerWeek 1
		}
		Facts {
			arr {
				Status 1
				Basis about 2 B USD a month in March 2026, when the 122 B round closed
				Sources [
					https://news.promtvault.app/editions/2026/05/06/stories/08-openai-122b-round-852b-valuation.html
					https://mungomash.com/orgs/openai/financials/
				]
			}
			arr_month {
				Status 1
				Basis March 2026
				Sources [
					https://news.promtvault.app/editions/2026/05/06/stories/08-openai-122b-round-852b-valuation.html
				]
			}
			cash {
				Status 3
				Basis not reported: 17.5 B USD in mid-2025, plus SoftBank's 22.5 B of 2025-12-26 and others, less the second half's burn
				Sources [
					https://biggo.com/news/202510030123_OpenAI_Burns_13.5_Billion_Despite_Revenue_Growth
					https://www.socialsamosa.com/industry-updates/softbank-completes-40-billion-openai-investment-10961971
					https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates
				]
				Low 2.5e+10
				High 4.5e+10
			}
			cash_month {
				Status 3
				Basis the balance at the start of January 2026
			}
			growth {
				Status 3
				Basis gives about 29 B USD in 2026, short of the 30 B target, and about 200 B in 2030 beside HSBC's 213 B; OpenAI's own 280 B would need about 1.1
				Sources [
					https://www.algorithmtimes.com/openai-missed-revenue-and-user-targets/
					https://lowdown.today/t/data-centres/5/openai-cuts-compute-target-by-800bn/
					https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates
					https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
				]
				Low 0.3
				High 1.6
			}
			growth_decay {
				Status 3
				Basis growth slows as revenue grows
				Low 0.05
				High 0.35
			}
			history.2023-10 {
				Status 2
				Basis 1.3 B USD run-rate
				Sources [
					https://aibeat.co/openai-to-reach-2-billion-revenue/
				]
			}
			history.2023-12 {
				Status 1
				Basis "2 B USD (CFO: \"2 B, 2023\")"
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
					https://aibeat.co/openai-to-reach-2-billion-revenue/
				]
			}
			history.2024-12 {
				Status 1
				Basis 6 B USD per the CFO; The Information reported 5.5 B
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
					https://zoonop.com/articles/openais-2025-revenue-projections-reach-13-billion-amidst-high-investment-and-agi-expectations
				]
			}
			history.2025-06 {
				Status 1
				Basis 10 B USD
				Sources [
					https://zoonop.com/articles/openais-2025-revenue-projections-reach-13-billion-amidst-high-investment-and-agi-expectations
				]
			}
			history.2025-07 {
				Status 2
				Basis 12 B USD
				Sources [
					https://fourweekmba.com/openais-12b-revenue-milestone-700-million-weekly-active-users-for-its-chatgpt-deep-dive-into-the-ai-race-implications
				]
			}
			history.2025-12 {
				Status 1
				Basis over 20 B USD (CFO)
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
				]
			}
			history.2026-02 {
				Status 2
				Basis 25 B USD
				Sources [
					https://www.sacra.com/c/openai
				]
			}
			opex_late_month {
				Status 3
				Basis 2030, falling linearly from 2026
			}
			opex_share {
				Status 3
				Basis cash costs other than compute, without stock pay and the Microsoft share: about 80 % of revenue in Q1 2026 (derived)
				Sources [
					https://bitsminds.com/news/openai-confidential-s1-september-ipo-2026
					https://aiworldtoday.com/news/leaked-openai-numbers-shift-the-narrative-13-billion-in-revenue-still-deep-in-the-red
					https://blog.022025.xyz/news/48565130
				]
				Low 0.5
				High 1
			}
			opex_share_late {
				Status 3
				Basis OpenAI's plan is cash-positive in 2030 (reported)
				Sources [
					https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
				]
				Low 0.15
				High 0.4
			}
			rev_per_gw {
				Status 1
				Basis derived from the CFO's run-rates of 2, 6 and over 20 B USD against 0.2, 0.6 and 1.9 GW; the range is ours
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
				]
				Low 7e+09
				High 1.5e+10
			}
			rev_per_gw_trend {
				Status 3
				Basis held flat
				Low -0.1
				High 0.2
			}
			rev_share {
				Status 2
				Basis 20 % of OpenAI's revenue to Microsoft; leaked payments look lower, netting unclear
				Sources [
					https://red.azn.boats/r/mlscaling/comments/1nucdh9/openai_financials_h1_2025_fttheinformation
					https://www.findarticles.com/leaked-documents-show-openais-deal-with-microsoft
				]
			}
			rev_share_cap {
				Status 2
				Basis 38 B USD in all (The Information via Reuters); whether earlier payments count is not reported
				Sources [
					https://cxovoice.com/openai-caps-microsoft-revenue-share-at-38-billion-in-major-deal-reset/
				]
			}
			rev_share_end {
				Status 1
				Basis the April 2026 amendment keeps the share through 2030, under a total cap
				Sources [
					https://blogs.microsoft.com/blog/2026/04/27/the-next-phase-of-the-microsoft-openai-partnership/
					https://mercuryoregon.com/openai-microsoft-broaden-cloud-access-deal/
				]
			}
			stated_gw {
				Status 1
				Basis about 30 GW with the 1.4 T USD (2025, superseded); an investor memo keeps 30 GW by 2030 (reported)
				Sources [
					https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
					https://thedailyscout.com/s/xPbMgbVgnSk
				]
			}
			stated_gw_per_week {
				Status 1
				Basis Altman's ambition of a factory adding 1 GW a week
				Sources [
					https://www.republicworld.com/tech/openai-ceo-sam-altman-unveils-gigawatt-a-week-ai-factory-plan-to-end-compute-shortage
				]
			}
			stated_value {
				Status 1
				Basis about 1.4 T USD of commitments for about 30 GW over about 8 years (October–November 2025, since superseded)
				Sources [
					https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
				]
			}
		}
		Statements [
			{
				Text The ambition to build a factory that adds 1 GW of AI infrastructure every week.
				Date 2025-09-23
				Sources [
					https://www.republicworld.com/tech/openai-ceo-sam-altman-unveils-gigawatt-a-week-ai-factory-plan-to-end-compute-shortage
				]
			}
			{
				Text Commitments of about 1.4 T USD for about 30 GW, later cut to about 600 B USD of compute through 2030.
				Date 2026-02
				Sources [
					https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
					https://lowdown.today/t/data-centres/5/openai-cuts-compute-target-by-800bn/
				]
			}
			{
				Text Revenue run-rate 2 B USD (2023), 6 B (2024), over 20 B (2025) against 0.2, 0.6 and about 1.9 GW online: about 10 B USD of annual revenue per GW.
				Date 2026-01-18
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
				]
			}
			{
				Text About 50 B USD of compute in 2026 (Brockman, under oath).
				Date 2026-05
				Sources [
					https://thedailyscout.com/s/L61uXJUQUQM
				]
			}
		]
		Cash {
			Month 2026-01
			USD 3.5e+10
			OpexShare 0.75
			OpexShareLate 0.25
			OpexLateMonth 2030-01
			RevShare 0.2
			RevShareEnd 2030-12
			RevShareCapUSD 3.8e+10
			Funding [
				{
					ID round-2026-03
					Name Round of March 2026, without Amazon's contingent part
					USD 8.7e+10
					Month 2026-03
					On true
				}
				{
					ID amazon-contingent
					Name Amazon's contingent 35 B
					USD 3.5e+10
					Month 2026-03
				}
			]
		}
		FundingFacts {
			amazon-contingent {
				Status 2
				Basis 35 B USD of Amazon's 50 B depends on an IPO or an AGI milestone
				Sources [
					https://news.promtvault.app/editions/2026/05/06/stories/08-openai-122b-round-852b-valuation.html
					https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai
				]
			}
			round-2026-03 {
				Status 1
				Basis 122 B USD committed at 852 B post-money (Amazon up to 50 B, NVIDIA 30 B, SoftBank 30 B, individuals over 3 B), less Amazon's contingent 35 B
				Sources [
					https://news.promtvault.app/editions/2026/05/06/stories/08-openai-122b-round-852b-valuation.html
				]
			}
		}
		FundingNotes {
			amazon-contingent Off by default: Amazon pays it only on an IPO or an AGI milestone by 2028 (reported).
			round-2026-03 The 122 B USD round closed on 2026-03-31, counted here without Amazon's contingent part.
		}
		Published [
			{
				ID openai-compute-2030
				Source OpenAI to investors
				Date 2026-02
				Label compute, 2025 to 2030
				Path years.spend_usd
				FromYear 2025
				ToYear 2030
				ValueUSD 6e+11
				Fact {
					Status 2
					Basis about 600 B USD of compute through 2030 (a source to the press)
					Sources [
						https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
					]
				}
				Note OpenAI's cut-down plan, against the ~1.4 T USD of 2025.
			}
			{
				ID openai-revenue-2030
				Source OpenAI to investors
				Date 2026-02
				Label revenue in 2030
				Path years.revenue_usd
				FromYear 2030
				ToYear 2030
				ValueUSD 2.8e+11
				Fact {
					Status 2
					Basis over 280 B USD of revenue in 2030
					Sources [
						https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
					]
				}
				Note "A lower bound (\"over\"); the default growth gives about 200 B, and about 1.1 would be needed."
			}
			{
				ID openai-revenue-2025
				Source OpenAI to investors
				Date 2026-02
				Label revenue in 2025 (recognised)
				Path years.revenue_usd
				FromYear 2025
				ToYear 2025
				ValueUSD 1.31e+10
				Fact {
					Status 2
					Basis 13.1 B USD of recognised revenue in 2025, with 8 B of burn
					Sources [
						https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/
						https://aiworldtoday.com/news/leaked-openai-numbers-shift-the-narrative-13-billion-in-revenue-still-deep-in-the-red
					]
				}
				Note Recognised revenue; the model's 2025 revenue comes from the run-rate history.
			}
			{
				ID openai-compute-2026-sworn
				Source OpenAI (Brockman, under oath)
				Date 2026-05
				Label compute in 2026
				Path years.spend_usd
				FromYear 2026
				ToYear 2026
				ValueUSD 5e+10
				Fact {
					Status 1
					Basis about 50 B USD of compute in 2026
					Sources [
						https://thedailyscout.com/s/L61uXJUQUQM
					]
				}
				Note Sworn testimony.
			}
			{
				ID openai-compute-2028
				Source WSJ
				Date 2026
				Label compute in 2028
				Path years.spend_usd
				FromYear 2028
				ToYear 2028
				ValueUSD 1.21e+11
				Fact {
					Status 2
					Basis 121 B USD of compute in 2028
					Sources [
						https://www.edgen.tech/news/post/openai-anthropic-financials-reveal-a-121-billion-ipo-problem
					]
				}
			}
			{
				ID openai-burn-2026
				Source WSJ
				Date 2026
				Label free cash flow in 2026
				Path years.free_cash_flow_usd
				FromYear 2026
				ToYear 2026
				ValueUSD -2.5e+10
				Fact {
					Status 2
					Basis burn of about 25 B USD in 2026
					Sources [
						https://lowdown.today/t/data-centres/5/openai-cuts-compute-target-by-800bn/
					]
				}
				Note Burn as a negative free cash flow: the cash spent before any money raised.
			}
			{
				ID openai-burn-2027
				Source OpenAI projections (reported)
				Date 2026
				Label free cash flow in 2027
				Path years.free_cash_flow_usd
				FromYear 2027
				ToYear 2027
				ValueUSD -5.7e+10
				Fact {
					Status 2
					Basis burn of about 57 B USD in 2027 (Sacra: 63 B)
					Sources [
						https://altcoinbeat.com/openai-115-billion-gamble-can-it-survive-a-looming-financial-collapse
						https://www.sacra.com/c/openai
					]
				}
				Note Burn as a negative free cash flow, before money raised; a weak source (L).
			}
			{
				ID openai-burn-2028
				Source WSJ
				Date 2026
				Label free cash flow in 2028
				Path years.free_cash_flow_usd
				FromYear 2028
				ToYear 2028
				ValueUSD -8.5e+10
				Fact {
					Status 2
					Basis burn of about 85 B USD in 2028, with 121 B of compute
					Sources [
						https://www.edgen.tech/news/post/openai-anthropic-financials-reveal-a-121-billion-ipo-problem
					]
				}
				Note Burn as a negative free cash flow, before money raised.
			}
			{
				ID openai-cash-2030
				Source OpenAI projections (reported)
				Date 2026
				Label free cash flow in 2030
				Path years.free_cash_flow_usd
				FromYear 2030
				ToYear 2030
				ValueUSD 3.9e+10
				Fact {
					Status 2
					Basis positive cash flow of about 39 B USD in 2030
					Sources [
						https://altcoinbeat.com/openai-115-billion-gamble-can-it-survive-a-looming-financial-collapse
					]
				}
				Note Positive: the plan turns cash-positive in 2030; before money raised; a weak source (L).
			}
			{
				ID openai-burn-2025-2029
				Source OpenAI projections (The Information)
				Date 2025-09
				Label free cash flow, 2025 to 2029
				Path years.free_cash_flow_usd
				FromYear 2025
				ToYear 2029
				ValueUSD -1.15e+11
				Fact {
					Status 2
					Basis burn of 115 B USD over 2025–2029 (8, 17, 35, 45 B … a year)
					Sources [
						https://coolest-gadgets.com/openai-projects-115b-cash-burn-by-2029-amid-ai-expansion
					]
				}
				Note Negative: burn. The September 2025 plan, since superseded. The model counts cash from 2026-01 only, so 2025's ~8 B is missing from its sum.
			}
			{
				ID openai-revenue-2030-2025plan
				Source OpenAI projections (The Information)
				Date 2025-09
				Label revenue in 2030
				Path years.revenue_usd
				FromYear 2030
				ToYear 2030
				ValueUSD 2e+11
				Fact {
					Status 2
					Basis about 200 B USD of revenue in 2030
					Sources [
						https://coolest-gadgets.com/openai-projects-115b-cash-burn-by-2029-amid-ai-expansion
					]
				}
				Note The September 2025 plan.
			}
			{
				ID hsbc-rent
				Source HSBC
				Date 2025-11
				Label rent for compute, H2 2025 to 2030
				Path years.spend_usd
				FromYear 2025
				ToYear 2030
				FromMonth 2025-07
				ValueUSD 7.92e+11
				Fact {
					Status 2
					Basis 792 B USD of cumulative rent from the second half of 2025 to 2030; one summary says 702
					Sources [
						https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates
						https://www.businessupturn.com/usa/?p=96670
						https://mail.itx.ba/news/ai/62100-openai-is-digging-a-deeper-money-pit-than-anyone-guessed
						https://www.newsbytesapp.com/news/business/openai-could-face-a-207b-funding-gap-by-2030-says-hsbc/tldr
					]
				}
				Note HSBC reads OpenAI's deals as leases of about 36 GW, a third of it online by 2030; 792 B is backed by two sources against one for 702.
			}
			{
				ID hsbc-rent-2033
				Source HSBC
				Date 2025-11
				Label rent for compute, H2 2025 to 2033
				Path years.spend_usd
				FromYear 2025
				ToYear 2033
				FromMonth 2025-07
				ValueUSD 1.4e+12
				Fact {
					Status 2
					Basis about 1.4 T USD of cumulative rent to 2033
					Sources [
						https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates
						https://www.businessupturn.com/usa/?p=96670
					]
				}
			}
			{
				ID hsbc-funding-gap
				Source HSBC
				Date 2025-11
				Label funding gap by 2030
				Path portfolio.funding_need_usd
				FromYear 2025
				ToYear 2030
				ValueUSD 2.07e+11
				Fact {
					Status 2
					Basis a funding gap of at least 207 B USD by 2030, after 17.5 B of cash and 24 B of undrawn facilities
					Sources [
						https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates
						https://www.businessupturn.com/usa/?p=96670
					]
				}
				Note The model's funding need runs to the horizon's end (2035), HSBC's to 2030: set the horizon to end in 2030-12 to compare like with like.
			}
			{
				ID hsbc-revenue-2030
				Source HSBC
				Date 2025-11
				Label revenue in 2030
				Path years.revenue_usd
				FromYear 2030
				ToYear 2030
				ValueUSD 2.13e+11
				Fact {
					Status 2
					Basis 213 B USD of revenue in 2030
					Sources [
						https://theinvestmentnews.com/openai-wont-make-money-by-2030-and-still-needs-to-come-up-with-another-207-billion-to-power-its-growth-plans-hsbc-estimates
					]
				}
			}
			{
				ID db-fcf-2024-2029
				Source Deutsche Bank
				Date 2025-11
				Label free cash flow, 2024 to 2029
				Path years.free_cash_flow_usd
				FromYear 2024
				ToYear 2029
				ValueUSD -1.43e+11
				Fact {
					Status 2
					Basis 143 B USD of negative free cash flow over 2024–2029
					Sources [
						https://ttm.financial/m/news/2589817659
					]
				}
				Note Negative: cash consumed. The model counts cash from 2026-01, so 2024–2025 are missing from its sum.
			}
		]
	}
	{
		Name Anthropic
		Revenue {
			ARRUSD 4.7e+10
			ARRMonth 2026-05
			Growth 0.8
			GrowthDecay 0.3
			History [
				{
					Month 2023-12
					ARRUSD 1e+08
				}
				{
					Month 2024-12
					ARRUSD 1e+09
				}
				{
					Month 2025-08
					ARRUSD 5e+09
				}
				{
					Month 2025-12
					ARRUSD 9e+09
				}
				{
					Month 2026-02
					ARRUSD 1.4e+10
				}
				{
					Month 2026-03
					ARRUSD 1.9e+10
				}
				{
					Month 2026-04
					ARRUSD 3e+10
				}
			]
			PerGWYearUSD 1e+10
		}
		Facts {
			arr {
				Status 1
				Basis 47 B USD run-rate in May 2026 (CFO); Anthropic counts 28-day usage × 13, about 8 % above × 12
				Sources [
					https://pjfp.com/tag/interpretability/
					https://theinformationmachine.fyi/items/22526/
				]
			}
			arr_month {
				Status 1
				Basis May 2026
				Sources [
					https://pjfp.com/tag/interpretability/
				]
			}
			cash {
				Status 3
				Basis not reported: a user who sets it and cash_month gets the funding events below
			}
			cash_month {
				Status 3
				Basis none: Anthropic's cash is not reported, so no cash is computed by default
			}
			growth {
				Status 3
				Basis January–May 2026 grew five-fold, which cannot last; gives about 45 B USD in 2026 and 235 B in 2030. Anthropic's plan: 70 B in 2028
				Sources [
					https://www.btimesonline.com/articles/175839/20251107/openai-s-12b-quarterly-loss-highlights-cost-of-ai-race-as-anthropic-forecasts-70b-sales-by-2028.htm
				]
				Low 0.3
				High 2
			}
			growth_decay {
				Status 3
				Basis fast growth slows fast
				Low 0.1
				High 0.5
			}
			history.2023-12 {
				Status 2
				Basis 0.1 B USD (a single claim)
				Sources [
					https://web3.oyuzh.com/discover/post/70799181272160
				]
			}
			history.2024-12 {
				Status 2
				Basis 1 B USD
				Sources [
					https://vuink.com/post/guryvf-d-dbet/blog/anthropic-at-60b
				]
			}
			history.2025-08 {
				Status 2
				Basis 5 B USD
				Sources [
					https://www.prosperiaxfinance.com/p/anthropic-s-path-to-public-markets
				]
			}
			history.2025-12 {
				Status 1
				Basis 9 B USD
				Sources [
					https://chatforest.com/reviews/anthropic-google-broadcom-3-5gw-tpu-compute-deal-2026/
				]
			}
			history.2026-02 {
				Status 1
				Basis 14 B USD
				Sources [
					https://liveinthefuture.org/stories/anthropic-965b-valuation-revenue-curve.html
				]
			}
			history.2026-03 {
				Status 2
				Basis 19 B USD (a single claim)
				Sources [
					http://asiaict.com/ai/16355.html
				]
			}
			history.2026-04 {
				Status 1
				Basis over 30 B USD on April 7
				Sources [
					https://chatforest.com/reviews/anthropic-google-broadcom-3-5gw-tpu-compute-deal-2026/
				]
			}
			opex_late_month {
				Status 3
				Basis 2030
			}
			opex_share {
				Status 3
				Basis Q2 2026 forecast: 10.9 B USD revenue, compute about 56 %, a small operating profit ex stock pay: other costs about 39 %
				Sources [
					https://chatforest.com/reviews/anthropic-first-operating-profit-q2-2026-milestone-or-accounting/
					https://maksipi-blog.vercel.app/en/posts/post14.html
					https://www.sipoch.com/en/article/300330023226029
				]
				Low 0.28
				High 0.5
			}
			opex_share_late {
				Status 3
				Basis falling with scale
				Low 0.2
				High 0.4
			}
			rev_per_gw {
				Status 3
				Basis 9 B USD on about 1.4 GW at the end of 2025 is 6.4; about 15–18 if some 3 GW were online in mid-2026
				Sources [
					https://thedailyscout.com/s/xPbMgbVgnSk
				]
				Low 6e+09
				High 1.8e+10
			}
			rev_per_gw_trend {
				Status 3
				Basis held flat
				Low -0.1
				High 0.2
			}
		}
		Statements [
			{
				Text Plan of November 2025: 70 B USD of revenue and 17 B of cash flow in 2028; burn about a third of revenue in 2026, 9 % in 2027, break-even in 2028.
				Date 2025-11
				Sources [
					https://www.btimesonline.com/articles/175839/20251107/openai-s-12b-quarterly-loss-highlights-cost-of-ai-race-as-anthropic-forecasts-70b-sales-by-2028.htm
					https://www.nextfin.ai/en/news/anthropic-delays-cash-flow-positivity-2028-cef5ebe6c9
					https://www.discoverheadlines.com/2026/02/the-ai-gold-rush-anthropics-380bn.html
				]
			}
			{
				Text About 5 GW of TPU capacity in all.
				Date 2026-05
				Sources [
					https://pjfp.com/tag/interpretability/
				]
			}
		]
		Cash {
			OpexShare 0.38
			OpexShareLate 0.3
			OpexLateMonth 2030-01
			Funding [
				{
					ID ms-nvidia-2025-11
					Name Microsoft and NVIDIA
					USD 1.5e+10
					Month 2025-11
					On true
				}
				{
					ID series-g
					Name Series G
					USD 3e+10
					Month 2026-02
					On true
				}
				{
					ID amazon-2026-04
					Name Amazon
					USD 5e+09
					Month 2026-04
					On true
				}
				{
					ID amazon-milestones
					Name Amazon, on commercial milestones
					USD 2e+10
					Month 2026-04
				}
				{
					ID google-2026-04
					Name Google
					USD 1e+10
					Month 2026-04
					On true
				}
				{
					ID google-milestones
					Name Google, on milestones
					USD 3e+10
					Month 2026-04
				}
				{
					ID series-h
					Name Series H, without earlier hyperscaler money
					USD 5e+10
					Month 2026-05
					On true
				}
			]
		}
		FundingFacts {
			amazon-2026-04 {
				Status 1
				Basis 5 B USD now
				Sources [
					https://thesummerai.com/anthropic-amazon-deal/
				]
			}
			amazon-milestones {
				Status 1
				Basis up to 20 B USD more on commercial milestones
				Sources [
					https://thesummerai.com/anthropic-amazon-deal/
				]
			}
			google-2026-04 {
				Status 2
				Basis 10 B USD at 350 B
				Sources [
					https://corsummit.netlify.app/news/google-40-billion-anthropic-investment-350-billion-valuation-tpu-compute
				]
			}
			google-milestones {
				Status 2
				Basis 30 B USD more, contingent on milestones
				Sources [
					https://corsummit.netlify.app/news/google-40-billion-anthropic-investment-350-billion-valuation-tpu-compute
				]
			}
			ms-nvidia-2025-11 {
				Status 1
				Basis Microsoft up to 5 B USD, NVIDIA up to 10 B
				Sources [
					https://blogs.microsoft.com/blog/2025/11/18/microsoft-nvidia-and-anthropic-announce-strategic-partnerships/
					https://wyomingstarnews.org/2025/11/19/microsoft-and-nvidia-pour-up-to-15-billion-into-anthropic-as-claude-maker-locks-in-30-billion-azure-deal
				]
			}
			series-g {
				Status 2
				Basis 30 B USD at 380 B, led by GIC and Coatue
				Sources [
					https://www.discoverheadlines.com/2026/02/the-ai-gold-rush-anthropics-380bn.html
				]
			}
			series-h {
				Status 1
				Basis 65 B USD at 965 B post-money, of which 15 B is hyperscaler money counted earlier
				Sources [
					https://pjfp.com/tag/interpretability/
				]
			}
		}
		FundingNotes {
			amazon-milestones Off by default: paid only if commercial milestones are met.
			google-milestones Off by default: contingent on milestones.
			series-h 65 B USD less the 15 B of Microsoft and NVIDIA money already counted in November 2025.
		}
		Published [
			{
				ID anthropic-revenue-2028
				Source Anthropic (plan, reported)
				Date 2025-11
				Label revenue in 2028
				Path years.revenue_usd
				FromYear 2028
				ToYear 2028
				ValueUSD 7e+10
				Fact {
					Status 2
					Basis 70 B USD of revenue in 2028
					Sources [
						https://www.btimesonline.com/articles/175839/20251107/openai-s-12b-quarterly-loss-highlights-cost-of-ai-race-as-anthropic-forecasts-70b-sales-by-2028.htm
						https://the-decoder.com/anthropic-is-betting-on-an-audacious-leap-from-4-7-billion-to-70-billion-in-revenue-by-2028/
					]
				}
				Note The plan of November 2025; the default growth gives more.
			}
			{
				ID anthropic-cash-2028
				Source Anthropic (plan, reported)
				Date 2025-11
				Label free cash flow in 2028
				Path years.free_cash_flow_usd
				FromYear 2028
				ToYear 2028
				ValueUSD 1.7e+10
				Fact {
					Status 2
					Basis 17 B USD of positive cash flow in 2028
					Sources [
						https://www.btimesonline.com/articles/175839/20251107/openai-s-12b-quarterly-loss-highlights-cost-of-ai-race-as-anthropic-forecasts-70b-sales-by-2028.htm
						https://www.nextfin.ai/en/news/anthropic-delays-cash-flow-positivity-2028-cef5ebe6c9
					]
				}
				Note Positive. The model computes no cash for Anthropic unless cash and cash_month are set.
			}
			{
				ID anthropic-revenue-2025
				Source Anthropic (reported)
				Date 2026
				Label revenue in 2025 (recognised)
				Path years.revenue_usd
				FromYear 2025
				ToYear 2025
				ValueUSD 4.7e+09
				Fact {
					Status 2
					Basis about 4.7 B USD of recognised revenue in 2025
					Sources [
						https://the-decoder.com/anthropic-is-betting-on-an-audacious-leap-from-4-7-billion-to-70-billion-in-revenue-by-2028/
					]
				}
			}
		]
	}
	{
		Name xAI
		Revenue {
			ARRUSD 3.2e+09
			ARRMonth 2025-12
			Growth 0.3
			GrowthDecay 0.2
			History [
				{
					Month 2024-12
					ARRUSD 2.62e+09
				}
			]
			PerGWYearUSD 1e+10
		}
		Facts {
			arr {
				Status 1
				Basis AI segment revenue (with X's ads) of 3.2 B USD in 2025, read as the run-rate at the year's end; excludes Anthropic's 1.25 B a month from May 2026
				Sources [
					https://www.digitalapplied.com/blog/xai-6-4b-loss-spacex-filing-analysis
					https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
				]
			}
			arr_month {
				Status 1
				Basis the end of 2025
				Sources [
					https://www.digitalapplied.com/blog/xai-6-4b-loss-spacex-filing-analysis
				]
			}
			cash_month {
				Status 3
				Basis none: no cash or costs are set for xAI
			}
			growth {
				Status 3
				Basis a segment that grew about 22 % in 2025
				High 1
			}
			growth_decay {
				Status 3
				Basis the same slowing as OpenAI's
			}
			history.2024-12 {
				Status 1
				Basis 2.62 B USD of 2024 revenue, read as the run-rate at the year's end
				Sources [
					https://www.digitalapplied.com/blog/xai-6-4b-loss-spacex-filing-analysis
				]
			}
			rev_per_gw {
				Status 3
				Basis the world default: about 10 B USD of revenue a GW-year
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
					https://www.tomshardware.com/tech-industry/bain-says-compute-demand-is-outpacing-capital
				]
				Low 6e+09
				High 1.5e+10
			}
			rev_per_gw_trend {
				Status 3
				Basis held flat
				Low -0.1
				High 0.2
			}
		}
		Cash {
			Funding [
				{
					ID series-e
					Name Series E
					USD 2e+10
					Month 2026-01
					On true
				}
			]
		}
		FundingFacts {
			series-e {
				Status 1
				Basis 20 B USD at about 230 B, NVIDIA and Cisco strategic
				Sources [
					https://www.nasdaq.com/articles/elon-musks-xai-raises-20-bln-funding-backing-nvidia-and-qatar
				]
			}
		}
		FundingNotes {
			series-e About 20 B USD more came through a GPU-leasing SPV (7.5 B equity, 12.5 B debt), which leases to xAI rather than funding it; xAI has since merged into SpaceX.
		}
	}
	{
		Name Meta
		Revenue {
			ARRMonth 2025-12
			PerGWYearUSD 1e+10
		}
		Facts {
			arr {
				Status 3
				Basis no revenue path: Meta reports no AI revenue; set one to compare
			}
			rev_per_gw {
				Status 3
				Basis the world default: about 10 B USD of revenue a GW-year
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
					https://www.tomshardware.com/tech-industry/bain-says-compute-demand-is-outpacing-capital
				]
				Low 6e+09
				High 1.5e+10
			}
			rev_per_gw_trend {
				Status 3
				Basis held flat
				Low -0.1
				High 0.2
			}
		}
	}
	{
		Name Microsoft
		Revenue {
			ARRMonth 2025-12
			PerGWYearUSD 1e+10
		}
		Facts {
			arr {
				Status 3
				Basis no revenue path: Microsoft resells its neocloud capacity on Azure; set one to compare
			}
			rev_per_gw {
				Status 3
				Basis the world default: about 10 B USD of revenue a GW-year
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
					https://www.tomshardware.com/tech-industry/bain-says-compute-demand-is-outpacing-capital
				]
				Low 6e+09
				High 1.5e+10
			}
			rev_per_gw_trend {
				Status 3
				Basis held flat
				Low -0.1
				High 0.2
			}
		}
	}
]
Deals [
	{
		ID openai-fleet-2025
		Buyer OpenAI
		Provider Azure (most), OCI, Google
		Accel h100
		Price 2.8
		Size 1.1
		SizeUnit 1
		Start 2024-01
		Full 2025-12
		TermMonths 48
		Sustain 1
		Commitment 1
		CommitmentNote existing leases (a)
		Title Fleet before 2025
		Facts {
			accel {
				Status 3
				Basis Hopper with some Blackwell on Microsoft, OCI and CoreWeave (disclosed); H100 stands for the mix
				Sources [
					https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/
				]
			}
			full {
				Status 3
				Basis the end of 2025
			}
			gw {
				Status 3
				Basis with Abilene's ~0.4 GW and CoreWeave's and AWS's ~0.4 GW, the 1.9 GW the CFO gave for the end of 2025
				Sources [
					https://aihola.com/article/openai-20-billion-revenue-compute-2025
				]
				Low 0.9
				High 1.3
			}
			price {
				Status 3
				Basis set so that 2025's compute is about 16 B USD in all: about 13.6 B here and 2.4 B in other deals
				Low 2.2
				High 3.4
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis capacity built up before 2025
			}
			sustain {
				Status 3
				Basis off: azure replaces this capacity when the leases end
			}
			term {
				Status 3
				Basis four-year leases, ending 2027-12 when azure takes them over
				Low 36
				High 72
			}
		}
		Note "An assumed stand-in for what OpenAI already rented before the 2025 deals. Added to oracle-abilene and the early coreweave and aws capacity (~0.4 GW each) it meets the CFO's 1.9 GW for the end of 2025; it also gives ~0.55 GW a year earlier (0.6 disclosed) and ~1.1 M accelerators (\"well over 1 million GPUs\", disclosed). The price is set so that 2025's compute comes to about 16 B USD (13–20): the leaked 2025 accounts show 7.5 B of cost of revenue with more compute inside 19.2 B of R&D, a blog puts ~13 B paid to Microsoft, a disputed leak 8.7 B of Azure inference for Q1–Q3, and Epoch ~7 B for 2024. How 2026's compute compares with the ~50 B OpenAI's president gave under oath is under the published estimates. The leases run out in December 2027, when azure takes the load, so this deal is not sustained."
		NoteSources [
			https://aihola.com/article/openai-20-billion-revenue-compute-2025
			https://www.moneycontrol.com/technology/openai-to-cross-1-million-gpus-in-2025-but-sam-altman-wants-more-article-13301548.html
			https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/
			https://aiworldtoday.com/news/leaked-openai-numbers-shift-the-narrative-13-billion-in-revenue-still-deep-in-the-red
			https://herosweb.com/?p=45082
			https://briefly.co/anchor/Artificial_intelligence/story/openai-has-spent-12b-on-inference-with-microsoft-report
			https://epoch.ai/data-insights/openai-compute-spend
			https://thedailyscout.com/s/L61uXJUQUQM
		]
	}
	{
		ID oracle-abilene
		Buyer OpenAI
		Provider Oracle
		Accel gb200
		Price 3
		Size 1.2
		SizeUnit 1
		Start 2025-09
		Full 2026-08
		TermMonths 60
		Commitment 1
		CommitmentNote binding lease (r)
		Title Oracle, Abilene
		Announced 2025-07-22
		Facts {
			accel {
				Status 1
				Basis GB200 on OCI
				Sources [
					https://www.tomshardware.com/tech-industry/oracle-and-openai-scrap-planned-600mw-abilene-expansion
				]
			}
			full {
				Status 3
				Basis all eight buildings by mid-2026
			}
			gw {
				Status 1
				Basis the 1.2 GW flagship campus of eight buildings
				Sources [
					https://docsdigest.com/en/technologies/openai-news/posts/511?provider=claude
					https://www.tomshardware.com/tech-industry/oracle-and-openai-scrap-planned-600mw-abilene-expansion
				]
			}
			price {
				Status 3
				Basis a GB200 contract rate at Oracle; the value is not disclosed
				Low 2.3
				High 4
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis first buildings in 2025
			}
			term {
				Status 3
				Basis five years, like the larger Oracle contract
			}
		}
		Note "The 1.2 GW Stargate flagship in Abilene: eight buildings of GB200 on OCI, where GPT-5.5 was trained (disclosed). It is apart from the 4.5 GW of oracle; its value is not disclosed. A planned 0.6–0.8 GW expansion was dropped in March 2026 (reported; Oracle rejects \"canceled\"), and Microsoft leases that site from mid-2027."
		NoteSources [
			https://docsdigest.com/en/technologies/openai-news/posts/511?provider=claude
			https://www.tomshardware.com/tech-industry/oracle-and-openai-scrap-planned-600mw-abilene-expansion
			https://forums.azcwr.org/post.php?p=SI0VahDGNB
		]
	}
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
		Commitment 1
		CommitmentNote binding
		Title AWS
		Announced 2025-11-03
		Facts {
			accel {
				Status 1
				Basis GB200 and GB300 in EC2 UltraServers; GB300 stands for both
				Sources [
					https://www.aboutamazon.com/news/aws/aws-open-ai-workloads-compute-infrastructure
				]
			}
			full {
				Status 1
				Basis all capacity deployed before the end of 2026
				Sources [
					https://www.aboutamazon.com/news/aws/aws-open-ai-workloads-compute-infrastructure
					https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers
				]
			}
			n {
				Status 3
				Basis "\"hundreds of thousands\" of NVIDIA GPUs (disclosed); the count is ours"
				Sources [
					https://www.aboutamazon.com/news/aws/aws-open-ai-workloads-compute-infrastructure
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
					https://www.aboutamazon.com/news/aws/aws-open-ai-workloads-compute-infrastructure
					https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers
				]
			}
			term {
				Status 1
				Basis seven years
				Sources [
					https://openai.com/index/aws-and-openai-partnership/
					https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers
				]
			}
			value {
				Status 1
				Basis 38 B USD over seven years
				Sources [
					https://openai.com/index/aws-and-openai-partnership/
					https://www.aboutamazon.com/news/aws/aws-open-ai-workloads-compute-infrastructure
					https://particle.news/story/openai-strikes-seven-year-38-billion-aws-deal-to-run-chatgpt-on-nvidia-powered-ultraservers
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
		Commitment 1
		CommitmentNote binding (r)
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
				Basis about 100 B USD more over eight years, with Amazon's investment
				Sources [
					https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai
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
		Commitment 1
		CommitmentNote binding (d)
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
				Basis a long-term GB300 contract rate; no hyperscaler price is published
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
					https://blogs.microsoft.com/blog/2025/10/28/the-next-chapter-of-the-microsoft-openai-partnership/
					https://www.benzinga.com/trading-ideas/movers/25/10/48461540/microsoft-stock-moves-higher-on-new-deal-with-openai
					https://mercuryoregon.com/openai-microsoft-broaden-cloud-access-deal/
				]
			}
		}
		Note The amendment of April 2026 keeps Azure as the primary cloud but lets OpenAI sell on any cloud; the 250 B USD commitment stands.
		NoteSources [
			https://blogs.microsoft.com/blog/2026/04/27/the-next-phase-of-the-microsoft-openai-partnership/
			https://mercuryoregon.com/openai-microsoft-broaden-cloud-access-deal/
		]
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
		Start 2027-06
		Full 2028-12
		TermMonths 60
		Commitment 1
		CommitmentNote binding (r)
		Title Oracle
		Announced 2025-09-10
		Facts {
			accel {
				Status 3
				Basis sites not yet named; GB300 stands for them
			}
			full {
				Status 3
				Basis no schedule disclosed; some sites reported slipping to 2028
				Sources [
					https://archive.is/latest/https://www.bloomberg.com/news/articles/2025-12-12/some-oracle-data-centers-for-openai-delayed-to-2028-from-2027
				]
			}
			gw {
				Status 1
				Basis 4.5 GW of additional Stargate capacity
				Sources [
					https://openai.com/index/stargate-advances-with-partnership-with-oracle/
					https://www.channelnewsasia.com/business/oracle-openai-add-45-gigawatts-data-center-capacity-stargate-venture-5251721
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis over 30 B USD a year from Oracle's fiscal 2028, which begins in June 2027
				Sources [
					https://www.etcentric.org/openai-and-oracle-confirm-30b-annual-data-center-contract
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
				]
			}
		}
		Note Size unchanged at 4.5 GW: reports say Oracle shifts what Abilene's dropped expansion would have held to other sites. Oracle books over 30 B USD a year from its fiscal 2028, so capacity starts in June 2027 (disclosed); Bloomberg reported some sites a year late, which Oracle denies. Value and size come from separate reports; paired, they give 4.03 USD an hour, roughly 13 B USD per GW-year. Averaged over the term that is 60 B a year, but about 71 B once fully built, since the ramp eats into a fixed five years.
		NoteSources [
			https://www.tomshardware.com/tech-industry/oracle-and-openai-scrap-planned-600mw-abilene-expansion
			https://www.etcentric.org/openai-and-oracle-confirm-30b-annual-data-center-contract
			https://archive.is/latest/https://www.bloomberg.com/news/articles/2025-12-12/some-oracle-data-centers-for-openai-delayed-to-2028-from-2027
			https://www.thenews.com.pk/latest/1342862-300-billion-deal-between-openai-oracle-largest-cloud-contract-in-history
			https://www.channelnewsasia.com/business/oracle-openai-add-45-gigawatts-data-center-capacity-stargate-venture-5251721
		]
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
		Commitment 1
		CommitmentNote binding
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
				Basis a long-term GB200 contract rate
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
					https://news.anyfans.com/?p=71359
				]
			}
			value {
				Status 1
				Basis 11.9 + 4.0 + 6.5 B USD in three contracts: up to 22.4 B
				Sources [
					https://www.coreweave.com/news/coreweave-expands-agreement-with-openai-by-up-to-6-5b
					https://news.anyfans.com/?p=71359
				]
			}
		}
	}
	{
		ID amd
		Buyer OpenAI
		Provider AMD
		Kind 1
		Accel mi450
		PriceAuto true
		Size 1
		SizeUnit 1
		Start 2026-07
		Full 2027-06
		Shape 1
		Commitment 1
		CommitmentNote binding
		Title AMD, first GW
		Announced 2025-10-06
		Facts {
			accel {
				Status 1
				Basis MI450
				Sources [
					https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
				]
			}
			full {
				Status 3
				Basis a year to deploy the first GW
			}
			gw {
				Status 1
				Basis the first GW tranche of a 6 GW definitive agreement
				Sources [
					https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
					https://technode.global/2025/10/07/amd-and-openai-team-up-to-deploy-6-gigawatts-of-amd-gpus
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
				Basis the first GW from the second half of 2026
				Sources [
					https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
					https://technode.global/2025/10/07/amd-and-openai-team-up-to-deploy-6-gigawatts-of-amd-gpus
				]
			}
		}
		Note One 6 GW definitive agreement, split here so that its first GW can stand alone. Warrants for AMD shares vest tranche by tranche with deployments (disclosed); an analyst holds that only the first GW binds (L).
		NoteSources [
			https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
			https://technode.global/2025/10/07/amd-and-openai-team-up-to-deploy-6-gigawatts-of-amd-gpus
			https://fundalyst.xyz/AMD/gpu_share_capture/openai_deal
		]
	}
	{
		ID amd-later
		Buyer OpenAI
		Provider AMD
		Kind 1
		Accel mi450
		PriceAuto true
		Size 5
		SizeUnit 1
		Start 2027-07
		Full 2030-12
		Shape 1
		Commitment 2
		CommitmentNote up-to (milestone-vested)
		Title AMD, later GWs
		Announced 2025-10-06
		Facts {
			accel {
				Status 1
				Basis later Instinct generations; MI450 stands for them
				Sources [
					https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
				]
			}
			full {
				Status 3
				Basis "\"over multiple years\"; no end date disclosed"
			}
			gw {
				Status 1
				Basis the remaining 5 GW of the 6 GW agreement
				Sources [
					https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
					https://technode.global/2025/10/07/amd-and-openai-team-up-to-deploy-6-gigawatts-of-amd-gpus
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
				Status 3
				Basis after the first GW
			}
		}
		Note The rest of AMD's 6 GW: each tranche vests warrants as it is deployed, so the later GWs depend on milestones; an analyst reads only the first GW as binding (L).
		NoteSources [
			https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus
			https://fundalyst.xyz/AMD/gpu_share_capture/openai_deal
		]
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
		Start 2027-01
		Full 2029-12
		Shape 1
		Commitment 3
		CommitmentNote framework; 1st gen firm
		Title Broadcom
		Announced 2025-10-13
		Facts {
			accel {
				Status 1
				Basis OpenAI's own design with Broadcom
				Sources [
					https://openai.com/index/openai-and-broadcom-announce-strategic-collaboration/
				]
			}
			full {
				Status 1
				Basis complete by the end of 2029
				Sources [
					https://openai.com/index/openai-and-broadcom-announce-strategic-collaboration/
					https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of
				]
			}
			gw {
				Status 1
				Basis 10 GW of OpenAI-designed accelerators
				Sources [
					https://openai.com/index/openai-and-broadcom-announce-strategic-collaboration/
					https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of
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
				Basis Broadcom (March 2026): the first-generation XPU at scale in 2027
				Sources [
					https://longbridge.com/en/topics/39073892
					https://www.allaroundworlds.com/oracle-denies-delays-openai-data-center-plan
				]
			}
		}
		Note Announced for the second half of 2026 to the end of 2029 (October 2025). In March 2026 Broadcom put the first-generation XPU at scale in 2027, over 1 GW, and called OpenAI a substantive customer rather than a framework agreement (disclosed); Hock Tan named 2027, 2028 and 2029 (reported). The first ~1.3 GW, about 18 B USD, is said to be hosted by Microsoft and leased back (L); it is booked here as a purchase.
		NoteSources [
			https://openai.com/index/openai-and-broadcom-announce-strategic-collaboration/
			https://longbridge.com/en/topics/39073892
			https://www.allaroundworlds.com/oracle-denies-delays-openai-data-center-plan
			https://www.memorymarket.com/newsflash/731
		]
	}
	{
		ID cerebras
		Buyer OpenAI
		Provider Cerebras
		Accel cs3
		Derive 1
		ValueUSD 2e+10
		Size 0.75
		SizeUnit 1
		Start 2026-03
		Full 2028-12
		TermMonths 48
		Commitment 1
		CommitmentNote binding (r)
		Title Cerebras
		Announced 2026-01-14
		Facts {
			accel {
				Status 1
				Basis Cerebras systems
				Sources [
					https://theaitrack.com/openai-10-billion-deal-cerebras-systems
				]
			}
			full {
				Status 1
				Basis through 2028
				Sources [
					https://theaitrack.com/openai-10-billion-deal-cerebras-systems
				]
			}
			gw {
				Status 1
				Basis 750 MW
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
				High 60
			}
			value {
				Status 2
				Basis "\"over 20 B USD over three years\""
				Sources [
					https://www.world-today-journal.com/?p=2136663
					https://mobiletechworld.com/openai-cerebras-20-billion-deal-infrastructure-april-2026/
				]
				Low 2e+10
				High 3e+10
			}
		}
		Note Over 20 B USD over three years, with warrants for up to about 10 % of Cerebras at 30 B of spend and a ~1 B USD loan from OpenAI (reported). 750 MW through 2028, up to 2 GW (reported). Derived price about 32 USD a CS-3-hour (11.59 in 2026-11).
		NoteSources [
			https://www.world-today-journal.com/?p=2136663
			https://mobiletechworld.com/openai-cerebras-20-billion-deal-infrastructure-april-2026/
			https://theaitrack.com/openai-10-billion-deal-cerebras-systems
		]
	}
	{
		ID nvidia-inference
		Buyer OpenAI
		Provider NVIDIA
		Accel rubin
		Price 5
		Size 3
		SizeUnit 1
		Start 2026-10
		Full 2028-06
		TermMonths 60
		Commitment 3
		CommitmentNote capacity disclosed, terms not
		Title NVIDIA, inference
		Announced 2026-02-27
		Facts {
			accel {
				Status 3
				Basis Vera Rubin with NVIDIA's Groq-based LPX racks (reported); Rubin stands for both
				Sources [
					https://awesomeagents.ai/news/nvidia-groq-inference-chip-openai
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 1
				Basis 3 GW of dedicated inference capacity on Vera Rubin systems
				Sources [
					https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/
				]
			}
			price {
				Status 3
				Basis an assumed rate for Rubin capacity: host and price undisclosed
				Low 3.5
				High 7
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis with Rubin's first volume
			}
			term {
				Status 3
				Basis no duration disclosed
				Low 36
				High 84
			}
		}
		Note "\"3 GW of dedicated inference capacity and 2 GW of training on Vera Rubin systems\" (disclosed, 2026-02-27). The inference part runs on NVIDIA's Groq-based chip (reported). Host and price are undisclosed, so it is cloud capacity at an assumed Rubin rate."
		NoteSources [
			https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/
			https://awesomeagents.ai/news/nvidia-groq-inference-chip-openai
		]
	}
	{
		ID nvidia-training
		Buyer OpenAI
		Provider NVIDIA
		Accel rubin
		Price 5
		Size 2
		SizeUnit 1
		Start 2026-10
		Full 2027-12
		TermMonths 60
		Commitment 3
		CommitmentNote capacity disclosed, terms not
		Title NVIDIA, training
		Announced 2026-02-27
		Facts {
			accel {
				Status 1
				Basis Vera Rubin
				Sources [
					https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 1
				Basis 2 GW of training capacity on Vera Rubin systems
				Sources [
					https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/
				]
			}
			price {
				Status 3
				Basis an assumed rate for Rubin capacity: host and price undisclosed
				Low 3.5
				High 7
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis with Rubin's first volume
			}
			term {
				Status 3
				Basis no duration disclosed
			}
		}
		Note Off in every preset: the 2 GW of training may sit inside azure, oracle or coreweave, and would then count twice.
		NoteSources [
			https://www.pcgamer.com/software/ai/openai-announces-another-usd110-billion-in-investment-funding-including-usd30-billion-from-nvidia-but-says-microsoft-is-still-its-best-friend-forever/
		]
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
		Commitment 4
		CommitmentNote letter of intent, not signed
		Title NVIDIA letter of intent
		Announced 2025-09-22
		Facts {
			accel {
				Status 1
				Basis Vera Rubin
				Sources [
					https://openai.com/index/openai-nvidia-systems-partnership/
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
					https://openai.com/index/openai-nvidia-systems-partnership/
					https://particle.news/story/openai-and-nvidia-strike-10-gigawatt-ai-infrastructure-pact-with-up-to-100-billion-planned
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
					https://openai.com/index/openai-nvidia-systems-partnership/
					https://particle.news/story/openai-and-nvidia-strike-10-gigawatt-ai-infrastructure-pact-with-up-to-100-billion-planned
				]
			}
		}
		Note No contract followed the 10 GW letter: NVIDIA instead put about 30 B USD of equity into OpenAI's round that closed on 2026-03-31 (reported). Only the openai-2025-11 preset switches it on.
		NoteSources [
			https://openai.com/index/openai-nvidia-systems-partnership/
			https://thedailyoverview.com/openai-slashes-massive-spending-plan-as-harsh-reality-hits/
		]
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
		Commitment 3
		CommitmentNote terms undisclosed
		Title Stargate UAE
		Announced 2025-05-22
		Facts {
			accel {
				Status 1
				Basis NVIDIA GB300
				Sources [
					https://gulfnews.com/business/markets/stargate-uae-first-phase-of-200mw-to-complete-by-2026-1.500310364
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
					https://gulfnews.com/business/markets/stargate-uae-first-phase-of-200mw-to-complete-by-2026-1.500310364
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
		Note Terms undisclosed; off. The first 200 MW is due in 2026 (disclosed).
		NoteSources [
			https://gulfnews.com/business/markets/stargate-uae-first-phase-of-200mw-to-complete-by-2026-1.500310364
		]
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
		Commitment 3
		CommitmentNote terms undisclosed
		Title Google Cloud
		Announced 2025-06-10
		Facts {
			accel {
				Status 3
				Basis TPU access reported
				Sources [
					https://computer-services.industriesnews.net/news/278271343/openai-signs-cloud-deal-with-google-despite-intense-ai-rivalry
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
		Note Terms undisclosed; off.
		NoteSources [
			https://computer-services.industriesnews.net/news/278271343/openai-signs-cloud-deal-with-google-despite-intense-ai-rivalry
		]
	}
	{
		ID sb-energy-milam
		Buyer OpenAI
		Provider SB Energy
		Kind 1
		Accel gb300
		PriceAuto true
		Size 1.2
		SizeUnit 1
		Start 2026-07
		Full 2027-12
		Commitment 3
		CommitmentNote site only
		Title SB Energy, Milam County
		Announced 2026-01-09
		Facts {
			accel {
				Status 3
				Basis chips not named; GB300 stands for them
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 1
				Basis the 1.2 GW Milam County site
				Sources [
					https://newsable.asianetnews.com/markets/openai-and-softbank-to-invest-1b-in-sb-energy-to-build-more-ai-data-centers-articleshow-upaeh9s
				]
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis from 2026, when the site is built (disclosed)
				Sources [
					https://newsable.asianetnews.com/markets/openai-and-softbank-to-invest-1b-in-sb-energy-to-build-more-ai-data-centers-articleshow-upaeh9s
				]
			}
		}
		Note A site, not chips: SB Energy, funded with 0.5 B USD each from OpenAI and SoftBank, is to build and operate 1.2 GW in Milam County from 2026 (disclosed). The hardware there would come from amd, broadcom or nvidia-inference, which already price the building in, so this stays off; switch it on only instead of one of them.
		NoteSources [
			https://newsable.asianetnews.com/markets/openai-and-softbank-to-invest-1b-in-sb-energy-to-build-more-ai-data-centers-articleshow-upaeh9s
		]
	}
	{
		ID anthropic-fleet-2025
		Buyer Anthropic
		Provider AWS, Google
		Accel h100
		Price 1.5
		Size 1.4
		SizeUnit 1
		Start 2024-07
		Full 2025-12
		TermMonths 48
		Commitment 1
		CommitmentNote existing (a)
		Title Anthropic, fleet before 2025
		Facts {
			accel {
				Status 3
				Basis a mix of chips; H100 stands for it
			}
			full {
				Status 3
				Basis the end of 2025
			}
			gw {
				Status 2
				Basis about 1.4 GW at the end of 2025, per an OpenAI investor memo
				Sources [
					https://thedailyscout.com/s/xPbMgbVgnSk
				]
			}
			price {
				Status 3
				Basis a blend of Trainium, TPU and GPU rates
				Low 1
				High 2.2
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis capacity built up from mid-2024
			}
			term {
				Status 3
				Basis four-year leases
			}
		}
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
		Commitment 2
		CommitmentNote up-to
		Title Anthropic–Google Cloud
		Announced 2025-10-23
		Facts {
			accel {
				Status 1
				Basis Google TPUs
				Sources [
					https://www.anthropic.com/news/expanding-our-use-of-google-cloud-tpus-and-services
				]
			}
			full {
				Status 1
				Basis well over 1 GW online in 2026
				Sources [
					https://www.anthropic.com/news/expanding-our-use-of-google-cloud-tpus-and-services
					https://businessleadersreview.com/google-and-anthropic-expand-partnership-deal-to-access-one-million-tpus
				]
			}
			n {
				Status 1
				Basis up to one million TPUs
				Sources [
					https://www.anthropic.com/news/expanding-our-use-of-google-cloud-tpus-and-services
					https://businessleadersreview.com/google-and-anthropic-expand-partnership-deal-to-access-one-million-tpus
				]
			}
			price {
				Status 3
				Basis in-house TPUs at a partner's rate
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
		ID anthropic-google-tpu
		Buyer Anthropic
		Provider Google Cloud + Broadcom
		Accel tpu7
		Derive 1
		ValueUSD 2e+11
		Size 3.5
		SizeUnit 1
		Start 2027-01
		Full 2028-12
		TermMonths 60
		Commitment 1
		CommitmentNote binding (r)
		Title Anthropic–Google TPUs (Broadcom)
		Announced 2026-04-06
		Facts {
			accel {
				Status 3
				Basis TPUs of a later generation; Ironwood stands for them
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 1
				Basis about 3.5 GW from 2027 (Broadcom 8-K)
				Sources [
					https://open-techstack.com/blog/broadcom-google-anthropic-tpu-deal-2026
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis from 2027
				Sources [
					https://open-techstack.com/blog/broadcom-google-anthropic-tpu-deal-2026
				]
			}
			term {
				Status 2
				Basis five years
				Sources [
					https://ailearningguides.com/?p=5305
				]
			}
			value {
				Status 2
				Basis about 200 B USD over five years (The Information)
				Sources [
					https://ailearningguides.com/?p=5305
				]
			}
		}
		Note "Broadcom's 8-K gives about 3.5 GW from 2027 (disclosed); The Information reports about 200 B USD over five years and \"about 5 GW\" (reported); Anthropic speaks of 5 GW of TPU in all (disclosed). Paired here: 3.5 GW for 200 B, a derived 2.32 USD a TPU-hour; if 200 B buys ~5 GW the price is about 30 % lower."
		NoteSources [
			https://open-techstack.com/blog/broadcom-google-anthropic-tpu-deal-2026
			https://ailearningguides.com/?p=5305
			https://pjfp.com/tag/interpretability/
		]
	}
	{
		ID anthropic-aws
		Buyer Anthropic
		Provider AWS
		Accel trainium3
		Derive 2
		ValueUSD 1e+11
		Price 1.2
		SizeUnit 1
		Start 2026-05
		Full 2028-12
		TermMonths 120
		Commitment 1
		CommitmentNote binding ≥100 B
		Title Anthropic–AWS
		Announced 2026-04-20
		Facts {
			accel {
				Status 3
				Basis Trainium2 and Trainium3 first; Trainium3 stands for them
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 1
				Basis up to 5 GW; the size is derived from the binding 100 B USD (about 1.6 GW)
				Sources [
					https://www.anthropic.com/news/anthropic-amazon-compute
					https://thesummerai.com/anthropic-amazon-deal/
				]
			}
			price {
				Status 3
				Basis a Trainium contract rate
				Low 0.9
				High 1.6
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis from May 2026
				Sources [
					https://thesummerai.com/anthropic-amazon-deal/
				]
			}
			term {
				Status 1
				Basis ten years
				Sources [
					https://thesummerai.com/anthropic-amazon-deal/
				]
			}
			value {
				Status 1
				Basis over 100 B USD over ten years
				Sources [
					https://www.anthropic.com/news/anthropic-amazon-compute
					https://thesummerai.com/anthropic-amazon-deal/
				]
			}
		}
		Note "Disclosed: more than 100 B USD across ten years, \"up to 5 GW\", with roughly 1 GW of Trainium2 and Trainium3 running by the end of 2026. Ten years of 5 GW would exceed 300 B USD at any going rate, so the binding 100 B sets the size here (about 1.6 GW); enter 5 GW to see the ceiling."
		NoteSources [
			https://www.anthropic.com/news/anthropic-amazon-compute
			https://thesummerai.com/anthropic-amazon-deal/
		]
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
		Commitment 1
		CommitmentNote binding
		Title Anthropic–Microsoft Azure
		Announced 2025-11-18
		Facts {
			accel {
				Status 1
				Basis Grace Blackwell and Vera Rubin; GB300 stands for both
				Sources [
					https://blogs.microsoft.com/blog/2025/11/18/microsoft-nvidia-and-anthropic-announce-strategic-partnerships/
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			gw {
				Status 1
				Basis additional capacity up to 1 GW
				Sources [
					https://blogs.microsoft.com/blog/2025/11/18/microsoft-nvidia-and-anthropic-announce-strategic-partnerships/
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
					https://blogs.microsoft.com/blog/2025/11/18/microsoft-nvidia-and-anthropic-announce-strategic-partnerships/
					https://windowsforum.com/threads/microsoft-nvidia-anthropic-alliance-expands-azure-ai-with-claude.389939
					https://wyomingstarnews.org/2025/11/19/microsoft-and-nvidia-pour-up-to-15-billion-into-anthropic-as-claude-maker-locks-in-30-billion-azure-deal
				]
			}
		}
	}
	{
		ID anthropic-spacex
		Buyer Anthropic
		Provider SpaceX (Colossus)
		Accel h100
		Derive 1
		ValueUSD 4.5e+10
		Size 325000
		Start 2026-05
		Full 2026-06
		TermMonths 37
		Commitment 1
		CommitmentNote 90-day exit (d)
		Title Anthropic–SpaceX Colossus
		Announced 2026-05-06
		Facts {
			accel {
				Status 3
				Basis a mix of Hopper and Blackwell; H100 stands for it
			}
			full {
				Status 1
				Basis June 2026
				Sources [
					https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
				]
			}
			n {
				Status 2
				Basis about 325,000 NVIDIA GPUs across Colossus and Colossus II (S-1, via press)
				Sources [
					https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis May 2026
				Sources [
					https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
				]
			}
			term {
				Status 1
				Basis to May 2029
				Sources [
					https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
				]
			}
			value {
				Status 2
				Basis about 45 B USD in all; the 1.25 B USD a month to May 2029 is disclosed
				Sources [
					https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
					https://www.krasa.ai/news/spacex-s1-anthropic-1-25-billion-monthly-colossus-compute-deal
				]
			}
		}
		Note Per SpaceX's S-1 as quoted in the press (disclosed): roughly 325,000 NVIDIA GPUs in Colossus and Colossus II, 1.25 B USD a month until May 2029 with a discount for May–June 2026, and a right for either party to end it on 90 days' notice once three months have passed. Another report gives 220k GPUs and over 300 MW in Colossus 1. Derived about 5.2 USD a GPU-hour. Left out: Akamai's 1.8 B USD over seven years and a CoreWeave deal of undisclosed size (reported).
		NoteSources [
			https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
			https://www.krasa.ai/news/spacex-s1-anthropic-1-25-billion-monthly-colossus-compute-deal
			https://www.beri.net/article/anthropic-akamai-xai-cloud-deals
		]
	}
	{
		ID anthropic-fluidstack
		Buyer Anthropic
		Provider Fluidstack
		Kind 1
		Accel gb300
		Derive 2
		ValueUSD 5e+10
		PriceAuto true
		SizeUnit 1
		Start 2026-01
		Full 2027-12
		Commitment 3
		CommitmentNote disclosed plan
		Title Anthropic–Fluidstack
		Announced 2025-11-12
		Facts {
			accel {
				Status 3
				Basis chips not named; GB300 stands for them
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis sites from 2026
				Sources [
					https://www.newser.com/story/378552/anthropic-makes-a-big-bet-on-data-centers.html
				]
			}
			value {
				Status 1
				Basis 50 B USD of US data centers with Fluidstack
				Sources [
					https://www.newser.com/story/378552/anthropic-makes-a-big-bet-on-data-centers.html
				]
			}
		}
	}
	{
		ID meta-nvidia
		Buyer Meta
		Provider NVIDIA
		Kind 1
		Accel gb300
		Derive 2
		ValueUSD 5e+10
		PriceAuto true
		Start 2026-03
		Full 2028-12
		Commitment 1
		CommitmentNote binding (d)
		Title Meta–NVIDIA
		Announced 2026-02-17
		Facts {
			accel {
				Status 3
				Basis Blackwell and later; GB300 stands for them
			}
			full {
				Status 3
				Basis a multiyear deal
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis no schedule disclosed
			}
			value {
				Status 2
				Basis "about 50 B USD (reported); the parties said \"tens of billions\""
				Sources [
					https://insights.marvin-42.com/articles/metanvidiablackwell-gpuai
					https://ainewshome.com/article/meta-multiyear-deal-nvidia-gpus
				]
			}
		}
	}
	{
		ID meta-amd
		Buyer Meta
		Provider AMD
		Kind 1
		Accel mi450
		PriceAuto true
		Size 6
		SizeUnit 1
		Start 2026-07
		Full 2030-12
		Commitment 1
		CommitmentNote binding
		Title Meta–AMD
		Announced 2026-02-24
		Facts {
			accel {
				Status 1
				Basis MI450
				Sources [
					https://www.wokv.com/news/business/facebook-owner-meta/YHXFM33PQEY7LEIUFMDQQRSMYM/
				]
			}
			full {
				Status 3
				Basis no end date disclosed
			}
			gw {
				Status 1
				Basis 6 GW of AMD Instinct GPUs
				Sources [
					https://www.wokv.com/news/business/facebook-owner-meta/YHXFM33PQEY7LEIUFMDQQRSMYM/
				]
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis from the second half of 2026
				Sources [
					https://www.wokv.com/news/business/facebook-owner-meta/YHXFM33PQEY7LEIUFMDQQRSMYM/
				]
			}
		}
		Note The derived value of about 200 B USD includes the buildings; AMD's own sales are reported at 60 to over 100 B.
		NoteSources [
			https://www.tredu.com/news/meta-and-advanced-micro-devices-sign-6-gigawatt-data-center-deal
		]
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
		Commitment 1
		CommitmentNote binding (r)
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
				]
			}
		}
	}
	{
		ID meta-google-tpu
		Buyer Meta
		Provider Google Cloud
		Accel tpu7
		Price 2
		Size 100000
		Start 2026-04
		Full 2026-12
		TermMonths 60
		Commitment 1
		CommitmentNote reported
		Title Meta–Google TPUs
		Announced 2026-02-26
		Facts {
			accel {
				Status 2
				Basis Ironwood TPUs
				Sources [
					https://tokentimes.net/posts/2026-02-28-meta-strikes-multi-billion-deal-rent-google-tpus
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			n {
				Status 3
				Basis no size disclosed
				Low 50000
				High 300000
			}
			price {
				Status 3
				Basis "no terms disclosed; reported as \"multibillion\""
				Sources [
					https://tokentimes.net/posts/2026-02-28-meta-strikes-multi-billion-deal-rent-google-tpus
				]
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
		Commitment 1
		CommitmentNote binding
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
				Basis a long-term GB300 contract rate
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
				]
			}
		}
	}
	{
		ID meta-coreweave-2
		Buyer Meta
		Provider CoreWeave
		Accel rubin
		Derive 2
		ValueUSD 2.1e+10
		Price 3.5
		Start 2027-01
		Full 2027-12
		TermMonths 72
		Commitment 1
		CommitmentNote binding
		Title Meta–CoreWeave, Rubin
		Announced 2026-04-09
		Facts {
			accel {
				Status 1
				Basis Vera Rubin
				Sources [
					https://thedailyscout.com/s/B6HpGcyc8aA
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis a Rubin contract rate
				Low 2.5
				High 5
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 2
				Basis from 2027
				Sources [
					https://thedailyscout.com/s/B6HpGcyc8aA
				]
			}
			term {
				Status 1
				Basis to December 2032
				Sources [
					https://thedailyscout.com/s/B6HpGcyc8aA
				]
			}
			value {
				Status 1
				Basis 21 B USD through 2032
				Sources [
					https://thedailyscout.com/s/B6HpGcyc8aA
				]
			}
		}
	}
	{
		ID meta-nebius-2025
		Buyer Meta
		Provider Nebius
		Accel gb300
		Derive 2
		ValueUSD 2.9e+09
		Price 2.5
		Start 2025-12
		Full 2026-02
		TermMonths 60
		Commitment 1
		CommitmentNote binding
		Title Meta–Nebius, 2025
		Announced 2025-11-01
		Facts {
			accel {
				Status 3
				Basis no hardware disclosed
			}
			full {
				Status 1
				Basis by February 2026
				Sources [
					https://www.sec.gov/Archives/edgar/data/1513845/000110465925109803/tm2530882d2_6k.htm
				]
			}
			price {
				Status 3
				Basis a long-term GB300 contract rate
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis from December 2025
				Sources [
					https://www.sec.gov/Archives/edgar/data/1513845/000110465925109803/tm2530882d2_6k.htm
				]
			}
			term {
				Status 1
				Basis five years
				Sources [
					https://www.sec.gov/Archives/edgar/data/1513845/000110465925109803/tm2530882d2_6k.htm
				]
			}
			value {
				Status 1
				Basis about 2.9 B USD (Nebius 6-K)
				Sources [
					https://www.sec.gov/Archives/edgar/data/1513845/000110465925109803/tm2530882d2_6k.htm
				]
			}
		}
	}
	{
		ID meta-nebius
		Buyer Meta
		Provider Nebius
		Accel rubin
		Derive 2
		ValueUSD 2.7e+10
		Price 5
		Start 2027-01
		Full 2027-12
		TermMonths 60
		Commitment 2
		CommitmentNote 12 B binding, 15 B up-to
		Title Meta–Nebius, Rubin
		Announced 2026-03-16
		Facts {
			accel {
				Status 1
				Basis Vera Rubin
				Sources [
					https://softwareherald.com/meta-signs-up-to-27b-ai-infrastructure-deal-with-nebius-on-nvidia-vera-rubin
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis a Rubin contract rate
				Low 3.5
				High 7
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 1
				Basis from 2027
				Sources [
					https://softwareherald.com/meta-signs-up-to-27b-ai-infrastructure-deal-with-nebius-on-nvidia-vera-rubin
				]
			}
			term {
				Status 1
				Basis five years
				Sources [
					https://softwareherald.com/meta-signs-up-to-27b-ai-infrastructure-deal-with-nebius-on-nvidia-vera-rubin
				]
			}
			value {
				Status 1
				Basis up to 27 B USD: 12 B binding, 15 B more at Meta's option
				Sources [
					https://softwareherald.com/meta-signs-up-to-27b-ai-infrastructure-deal-with-nebius-on-nvidia-vera-rubin
				]
				Low 1.2e+10
				High 2.7e+10
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
		Commitment 1
		CommitmentNote binding
		Title Microsoft–Nebius
		Announced 2025-09-08
		Facts {
			accel {
				Status 3
				Basis no hardware disclosed
			}
			full {
				Status 3
				Basis the last tranche in 2026
			}
			price {
				Status 3
				Basis a long-term GB300 contract rate
				Low 1.8
				High 4
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis tranches in 2025 and 2026 (disclosed)
				Sources [
					https://nebius.com/newsroom/nebius-announces-multi-billion-dollar-agreement-with-microsoft-for-ai-infrastructure
				]
			}
			term {
				Status 1
				Basis five years, through 2031
				Sources [
					https://nebius.com/newsroom/nebius-announces-multi-billion-dollar-agreement-with-microsoft-for-ai-infrastructure
					https://www.constellationr.com/blog-news/insights/why-microsofts-ai-infrastructure-deal-nebius-savvy
				]
			}
			value {
				Status 1
				Basis 17.4 B USD over five years, up to 19.4 B
				Sources [
					https://nebius.com/newsroom/nebius-announces-multi-billion-dollar-agreement-with-microsoft-for-ai-infrastructure
					https://www.constellationr.com/blog-news/insights/why-microsofts-ai-infrastructure-deal-nebius-savvy
				]
				Low 1.74e+10
				High 1.94e+10
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
		Commitment 1
		CommitmentNote binding
		Title Microsoft–IREN
		Announced 2025-11-03
		Facts {
			accel {
				Status 1
				Basis NVIDIA GB300
				Sources [
					https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal
				]
			}
			full {
				Status 1
				Basis phased through 2026
				Sources [
					https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal
				]
			}
			gw {
				Status 2
				Basis about 200 MW of critical IT power: 0.24 GW at PUE 1.2
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
					https://dcpulse.com/news/microsoft-iren-gb300-gpu-cloud-deal
				]
			}
			value {
				Status 1
				Basis 9.7 B USD over five years
				Sources [
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
		Commitment 2
		CommitmentNote up-to
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
				]
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis sites from 2026
			}
			term {
				Status 3
				Basis no duration disclosed
			}
			value {
				Status 2
				Basis "\"up to 24 B USD\""
				Sources [
					https://www.getappnet.com/news/microsoft-deepens-ai-investments-with-60b-multi-year-neocloud-commitments/155504
					https://www.benzinga.com/markets/tech/25/10/48223043/microsoft-and-nvidia-backed-nscale-announce-large-scale-ai-project-in-us-and-europe
				]
				Low 2.3e+10
				High 2.4e+10
			}
		}
	}
	{
		ID microsoft-lambda
		Buyer Microsoft
		Provider Lambda
		Accel gb300
		Derive 2
		ValueUSD 2e+09
		Price 2.5
		Start 2026-01
		Full 2026-12
		TermMonths 60
		Commitment 1
		CommitmentNote binding
		Title Microsoft–Lambda
		Announced 2025-11-03
		Facts {
			accel {
				Status 1
				Basis NVIDIA GB300
				Sources [
					https://cxoxperts.com/?p=5756
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis a long-term GB300 contract rate
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
				Basis multi-year; five years assumed from the reports
				Sources [
					https://cxoxperts.com/?p=5756
				]
			}
			value {
				Status 2
				Basis "\"over 2 B USD\" (a single report)"
				Sources [
					https://cxoxperts.com/?p=5756
					https://www.getappnet.com/news/microsoft-deepens-ai-investments-with-60b-multi-year-neocloud-commitments/155504
				]
			}
		}
	}
	{
		ID microsoft-coreweave
		Buyer Microsoft
		Provider CoreWeave
		Accel h100
		Derive 2
		ValueUSD 1e+10
		Price 2.5
		Start 2024-01
		Full 2025-06
		TermMonths 60
		Commitment 1
		CommitmentNote binding (r)
		Title Microsoft–CoreWeave
		Facts {
			accel {
				Status 3
				Basis mostly Hopper; H100 stands for it
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			price {
				Status 3
				Basis a Hopper contract rate
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis contracts from 2023 to 2025
			}
			term {
				Status 3
				Basis no duration disclosed
			}
			value {
				Status 2
				Basis "\"over 10 B USD\" in contracts of 2023–2025 (Bloomberg tally)"
				Sources [
					https://www.getappnet.com/news/microsoft-deepens-ai-investments-with-60b-multi-year-neocloud-commitments/155504
				]
			}
		}
		Note Several contracts signed from 2023 to 2025; Bloomberg's tally of Microsoft's neocloud commitments puts them above 10 B USD.
		NoteSources [
			https://www.getappnet.com/news/microsoft-deepens-ai-investments-with-60b-multi-year-neocloud-commitments/155504
		]
	}
	{
		ID microsoft-nscale-narvik
		Buyer Microsoft
		Provider Nscale Narvik
		Accel rubin
		Price 5
		Size 30000
		Start 2027-01
		Full 2027-12
		TermMonths 60
		Commitment 1
		CommitmentNote reported
		Title Microsoft–Nscale, Narvik
		Announced 2026-04-15
		Facts {
			accel {
				Status 2
				Basis Vera Rubin
				Sources [
					https://maestrousa.com/openais-norwegian-ai-infrastructure-project-shifts-focus-as-microsoft-secures-capacity-amidst-shifting-global-ai-development-landscape/
				]
			}
			full {
				Status 3
				Basis no schedule disclosed
			}
			n {
				Status 2
				Basis about 30,000 GPUs
				Sources [
					https://maestrousa.com/openais-norwegian-ai-infrastructure-project-shifts-focus-as-microsoft-secures-capacity-amidst-shifting-global-ai-development-landscape/
				]
			}
			price {
				Status 3
				Basis a Rubin contract rate
				Low 3.5
				High 7
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 2
				Basis from 2027
				Sources [
					https://maestrousa.com/openais-norwegian-ai-infrastructure-project-shifts-focus-as-microsoft-secures-capacity-amidst-shifting-global-ai-development-landscape/
				]
			}
			term {
				Status 3
				Basis no duration disclosed
			}
		}
		Note The Narvik capacity in Norway that OpenAI's Stargate dropped, taken by Microsoft (reported).
		NoteSources [
			https://maestrousa.com/openais-norwegian-ai-infrastructure-project-shifts-focus-as-microsoft-secures-capacity-amidst-shifting-global-ai-development-landscape/
			https://radar.creative-technology.digital/intelligence/sources/2026-04-15-openai-stargate-uk-norway-pullback
		]
	}
	{
		ID xai-colossus1
		Buyer xAI
		Provider NVIDIA
		Kind 1
		Accel h100
		PriceAuto true
		Size 230000
		Start 2024-09
		Full 2025-06
		Commitment 1
		CommitmentNote owned
		Title xAI Colossus 1
		Announced 2024-09
		Facts {
			accel {
				Status 3
				Basis mostly Hopper; H100 stands for the mix
			}
			full {
				Status 3
				Basis mid-2025
			}
			n {
				Status 2
				Basis about 200k H100/H200 and 30k GB200
				Sources [
					https://offscreenspace.com/news/xai-unveils-colossus-2-datacenter-2439
				]
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 2
				Basis September 2024
				Sources [
					https://offscreenspace.com/news/xai-unveils-colossus-2-datacenter-2439
				]
			}
		}
		Note Colossus 1 holds about 200k H100/H200 and 30k GB200 (reported). Derived about 14 B USD here and 41 B for Colossus 2, against xAI's AI capex of 12.7 B (2025) and 7.7 B (Q1 2026) (disclosed) plus the ~20 B SPV (reported). From May 2026 much of it is leased to Anthropic, which the explorer cannot net.
		NoteSources [
			https://offscreenspace.com/news/xai-unveils-colossus-2-datacenter-2439
			https://agenticdaily.ai/articles/xai-burned-6-4b-in-2025-and-capex-just-doubled-to-30-8b-annualized
			https://www.inkl.com/news/musk-s-net-worth-nears-500b-again-as-xai-eyes-20-billion-nvidia-chip-deal-for-colossus-2-data-centre
			https://relvehq.com/blog/noise/spacex-ipo-amendment-water-risk-anthropic-compute-deal
		]
	}
	{
		ID xai-colossus2
		Buyer xAI
		Provider NVIDIA (SPV)
		Kind 1
		Accel gb300
		PriceAuto true
		Size 1
		SizeUnit 1
		Start 2025-07
		Full 2026-04
		Commitment 1
		CommitmentNote owned
		Title xAI Colossus 2
		Announced 2025
		Facts {
			accel {
				Status 2
				Basis GB200 and GB300; GB300 stands for both
				Sources [
					https://thenewsintel.com/industrial-scale-intelligence-xai-flips-the-switch-on-1gw-colossus-2-supercluster1
					https://www.inkl.com/news/musk-s-net-worth-nears-500b-again-as-xai-eyes-20-billion-nvidia-chip-deal-for-colossus-2-data-centre
				]
			}
			full {
				Status 2
				Basis 1 GW by April 2026
				Sources [
					https://thenewsintel.com/industrial-scale-intelligence-xai-flips-the-switch-on-1gw-colossus-2-supercluster1
				]
			}
			gw {
				Status 2
				Basis about 1 GW switched on
				Sources [
					https://thenewsintel.com/industrial-scale-intelligence-xai-flips-the-switch-on-1gw-colossus-2-supercluster1
				]
				Low 1
				High 1.5
			}
			price {
				Status 3
				Basis the catalog capex plus the building share: facility_capex × IT kW
			}
			shape {
				Status 3
				Basis an even ramp
			}
			start {
				Status 3
				Basis built from mid-2025
			}
		}
		Note Partly financed by a ~20 B USD SPV (7.5 B equity, 12.5 B debt) that buys the GPUs and leases them to xAI for five years (reported); booked here as owned.
		NoteSources [
			https://www.inkl.com/news/musk-s-net-worth-nears-500b-again-as-xai-eyes-20-billion-nvidia-chip-deal-for-colossus-2-data-centre
			https://longbridge.com/topics/42313269
		]
	}
]
Presets [
	{
		ID openai-2026-12
		Title OpenAI, December 2026
		Note "Every agreement OpenAI has announced except the unsigned NVIDIA letter of intent, each renewed after its contract, owned chips leased. How its compute compares with OpenAI's own figures and HSBC's is set out under \"How this compares with published estimates\"."
		Buyer OpenAI
		On [
			openai-fleet-2025
			oracle-abilene
			aws
			aws-trainium
			azure
			oracle
			coreweave
			amd
			amd-later
			broadcom
			cerebras
			nvidia-inference
		]
	}
	{
		ID openai-binding
		Title OpenAI, binding deals only
		Note "Only the agreements that bind OpenAI, beside its own plan of about 600 B USD of compute through 2030 and 121 B in 2028 (under \"How this compares with published estimates\"); their capacity peaks at about half of the 30 GW OpenAI speaks of."
		Buyer OpenAI
		On [
			openai-fleet-2025
			oracle-abilene
			aws
			aws-trainium
			azure
			oracle
			coreweave
			amd
			cerebras
		]
	}
	{
		ID openai-2025-11
		Title OpenAI, November 2025
		Note The old default: the deals as announced in November 2025, the NVIDIA letter of intent included, on this vintage's figures (vintage 2026-11 has the exact old ones).
		Buyer OpenAI
		On [
			openai-fleet-2025
			oracle-abilene
			aws
			azure
			oracle
			coreweave
			nvidia
			amd
			amd-later
			broadcom
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
		ID anthropic-2026-12
		Title Anthropic, December 2026
		Note Anthropic's deals: about 8 GW at the end of 2027 (OpenAI estimates 7–8).
		Buyer Anthropic
		On [
			anthropic-fleet-2025
			anthropic-google
			anthropic-google-tpu
			anthropic-aws
			anthropic-azure
			anthropic-spacex
			anthropic-fluidstack
		]
	}
	{
		ID meta-2026-12
		Title Meta, December 2026
		Note Meta's cloud leases and chip purchases. Hyperion is buildings for these chips, not a compute deal, and is left out.
		Buyer Meta
		On [
			meta-coreweave
			meta-coreweave-2
			meta-google
			meta-google-tpu
			meta-nebius-2025
			meta-nebius
			meta-nvidia
			meta-amd
		]
	}
	{
		ID microsoft-neoclouds
		Title Microsoft's neocloud leases
		Note Microsoft's leases from neoclouds; Bloomberg tallies over 60 B USD (reported).
		Buyer Microsoft
		On [
			microsoft-nebius
			microsoft-iren
			microsoft-nscale
			microsoft-lambda
			microsoft-coreweave
			microsoft-nscale-narvik
		]
	}
	{
		ID xai
		Title xAI
		Note xAI's two Colossus sites; the data is thin (M–L).
		Buyer xAI
		On [
			xai-colossus1
			xai-colossus2
		]
	}
	{
		ID hsbc-2025-11
		Title HSBC's reading, November 2025
		Note Mirrors HSBC's model of November 2025: the deals OpenAI had then (about 36 GW contracted, the NVIDIA letter included), all paid as rent, with revenue of 213 B USD in 2030. Assumptions needed to match it: HSBC has only about a third of the 36 GW online by 2030, so the three chip deals (nvidia, broadcom, amd-later) reach full size in 2035-12 instead of 2029–2030; rent is what the contracts hold, with no renewals after them (sustain 0), as in HSBC's ~1.4 T USD to 2033; HSBC's users follow an S-curve that flattens by 2030, so growth slows fast: growth 1.25 with decay 0.35 (the top of its range) gives 213 B in 2030; the gap starts from HSBC's 17.5 B of cash and 24 B of undrawn facilities, 41.5 B at 2025-11, with nothing raised after (the March 2026 round is off); HSBC publishes no costs besides rent and its figures leave little room for them, so other costs sit at the bottom of their ranges (50 % of revenue falling to 15 % in 2030) and no revenue share is paid to Microsoft. Result: rent of 734 B for H2 2025–2030 (HSBC 792 B, −7 %), 1.44 T to 2033 (~1.4 T, +3 %), a funding gap of 232 B by 2030 (207 B, +12 %). Not matched: about 21 GW is online at the end of 2030, not HSBC's ~12, because this vintage's rent per GW (about 11 B USD per GW-year) is below HSBC's (about 620 B a year for 36 GW, ~17 B); HSBC also counts 26 B from NVIDIA and AMD, which a preset cannot add because it cannot add a funding event (with it the gap would be about 206 B).
		Buyer OpenAI
		On [
			openai-fleet-2025
			oracle-abilene
			aws
			azure
			oracle
			coreweave
			nvidia
			amd
			amd-later
			broadcom
		]
		Overrides {
			cash 41.5B
			cash_month 2025-11
			d.amd-later.full 2035-12
			d.broadcom.full 2035-12
			d.nvidia.full 2035-12
			f.round-2026-03.on 0
			growth 1.25
			growth_decay 0.35
			opex_share 0.5
			opex_share_late 0.15
			rev_share 0
			sustain 0
		}
	}
	{
		ID openai-plan-2026-02
		Title OpenAI's plan, February 2026
		Note Mirrors OpenAI's plan to investors of February 2026: the binding deals behind about 600 B USD of compute through 2030, with revenue of over 280 B USD in 2030. Assumptions needed to match it: growth 1.1 gives about 283 B of revenue in 2030 (the data file's rough figure was 1.15); Oracle's 4.5 GW starts in 2028-01 instead of 2027-06, as some Oracle sites for OpenAI were reported to slip to 2028 (Oracle denies; it is still Oracle's fiscal 2028), so its 300 B is paid over five years from then (3.77 USD per GPU-hour instead of 4.03). Everything else is the vintage's. Result: 605 B USD of compute over 2025–2030 (OpenAI ~600 B, +1 %) and 126 B in 2028 (121 B, +4 %). Not matched: the burn of about 25 B in 2026 (here about 44 B, with other costs at 75 % of revenue), about 51 B in 2029 (here about 40 B), and capacity: about 15 GW at the peak, half of the 30 GW by 2030 of the investor memo.
		Buyer OpenAI
		On [
			openai-fleet-2025
			oracle-abilene
			aws
			aws-trainium
			azure
			oracle
			coreweave
			amd
			cerebras
		]
		Overrides {
			d.oracle.start 2028-01
			growth 1.1
		}
	}
]
Notes [
	{
		Title Stargate is an umbrella, not a deal
		Text Over 10 GW of Stargate capacity is secured in the US (disclosed, 2026-04-29). Its Oracle sites sit in oracle and oracle-abilene, its SoftBank sites (Milam, Lordstown) in the chip deals. Since March 2026 OpenAI prefers leasing (reported); Stargate UK is paused and Norway dropped (reported).
		Sources [
			https://docsdigest.com/en/technologies/openai-news/posts/511?provider=claude
			https://aisecwatch.com/issues/2bf0c7a0-503d-4480-9fcc-94610e6d6395
			https://radar.creative-technology.digital/intelligence/sources/2026-04-15-openai-stargate-uk-norway-pullback
		]
	}
	{
		Title Left out so as not to count twice
		Text Meta–Blue Owl Hyperion, a 27 B USD joint venture whose buildings Meta leases for four years with a 16-year residual guarantee, houses the chips of meta-nvidia and meta-amd. Microsoft–Crusoe at Abilene is the site of the dropped Oracle expansion. Both would count buildings already inside those deals.
		Sources [
			https://www.stocktitan.net/news/META/meta-announces-joint-venture-with-funds-managed-by-blue-owl-capital-cb9waindzv96.html
			https://forums.azcwr.org/post.php?p=SI0VahDGNB
		]
	}
]
`
