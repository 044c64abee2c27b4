// The seven other deals (../shared/reference/partnerships/*.md): sentences of our own, each with the status a
// correct checker gives as of 2026-11-21, read off the record by hand (the event ids are in `why`), plus decoys
// about deals the fact base does not track. Pages are undated, so present tense means "now".
import type { Status } from '../../core/types';
import type { LabelledClaim, SuitePage } from './generate';

type Row = [text: string, accept: Status[], topic: string, why: string];

const DEALS: Record<string, { title: string; rows: Row[] }> = {
  'amazon-anthropic': {
    title: 'Amazon and Anthropic, a partnership in numbers',
    rows: [
      [
        'Amazon has invested $8 billion in Anthropic.',
        ['outdated'],
        'investment',
        '$13B after A9 (2026-04-20)',
      ],
      ['Amazon has now put a total of $13 billion into Anthropic.', ['supported'], 'investment', 'A9'],
      [
        'In November 2024, Amazon added another $4 billion, taking its Anthropic investment to $8 billion.',
        ['supported'],
        'investment',
        'A4',
      ],
      ['AWS is the primary cloud and training partner of Anthropic.', ['supported'], 'cloud', 'A4, A9'],
      [
        'AWS is the exclusive cloud provider for Anthropic.',
        ['contradicted'],
        'cloud',
        'never exclusive (A3, A10)',
      ],
      [
        'Amazon has committed roughly one hundred billion dollars to Anthropic.',
        ['contradicted'],
        'investment',
        'the $100B+ is Anthropic spending on AWS (A9)',
      ],
      [
        'Anthropic will spend more than $100 billion on AWS technology over the next decade.',
        ['supported'],
        'compute-commitment',
        'A9',
      ],
      [
        'Amazon is investing $5 billion now and may add up to $20 billion more in Anthropic.',
        ['supported'],
        'investment',
        'A9',
      ],
      [
        'Amazon has already paid twenty-five billion dollars into Anthropic.',
        ['contradicted'],
        'investment',
        '$5B now plus up to $20B (A9)',
      ],
      ['Amazon holds a seat on the board of Anthropic.', ['contradicted'], 'board', 'no board seat (A1, A6)'],
      [
        'Amazon owns 21% of Anthropic.',
        ['unverified', 'contradicted'],
        'stake',
        'no % disclosed; press inference (A8)',
      ],
      [
        'In September 2023, Amazon agreed to invest up to four billion dollars in Anthropic.',
        ['supported'],
        'investment',
        'A1',
      ],
      [
        'At the end of 2025 the Anthropic holdings of Amazon were valued at about $60.6 billion.',
        ['supported'],
        'stake',
        'A8',
      ],
      [
        'Anthropic trains its models on Trainium chips designed by Amazon.',
        ['supported'],
        'compute',
        'A1, A4',
      ],
      [
        'Amazon has invested $4 billion in Anthropic so far.',
        ['outdated'],
        'investment',
        '$8B from A4, $13B from A9',
      ],
      [
        'Under the new agreement Anthropic can secure up to five gigawatts of capacity on AWS.',
        ['supported'],
        'compute',
        'A9',
      ],
    ],
  },
  'google-anthropic': {
    title: 'Google and Anthropic: chips, cash and clouds',
    rows: [
      [
        'Google Cloud is the primary cloud provider of Anthropic.',
        ['contradicted'],
        'cloud',
        'AWS is primary (G9)',
      ],
      [
        'In October 2023, Google agreed to invest up to $2 billion in Anthropic, $500 million of it upfront.',
        ['supported'],
        'investment',
        'G3',
      ],
      ['Google owns 14% of Anthropic, with a cap at 15%.', ['unverified'], 'stake', 'G8 (reported)'],
      [
        'Google has a seat on the board of Anthropic.',
        ['contradicted', 'unverified'],
        'board',
        'no board seats (G8, G5)',
      ],
      [
        'Google invested ten billion dollars in Anthropic in April 2025.',
        ['contradicted'],
        'investment',
        'April 2026, reported (G11)',
      ],
      [
        'Google plans to invest as much as $40 billion in Anthropic, with $10 billion coming now.',
        ['unverified'],
        'investment',
        'G11 (reported)',
      ],
      ['Anthropic will use up to one million TPUs from Google.', ['supported'], 'compute', 'G9'],
      [
        'The UK competition authority is still investigating the Anthropic investment of Google.',
        ['outdated'],
        'regulation',
        'cleared 2024-11-19 (G5)',
      ],
      [
        'Britain cleared the Google and Anthropic partnership in November 2024.',
        ['supported'],
        'regulation',
        'G5',
      ],
      [
        'The US Justice Department wants Google to sell its stake in Anthropic.',
        ['outdated'],
        'regulation',
        'dropped 2025-03-07 (G6)',
      ],
      [
        'The initial investment of Google in Anthropic, in early 2023, was $2 billion.',
        ['contradicted'],
        'investment',
        'far smaller; $2B came in Oct 2023 (G1, G3)',
      ],
      [
        'Claude models can be used on Vertex AI, the platform of Google Cloud.',
        ['supported'],
        'distribution',
        'G4',
      ],
      [
        'Anthropic has committed $200 billion to Google Cloud over five years.',
        ['unverified'],
        'compute-commitment',
        'G13 (reported)',
      ],
      [
        'Google Cloud is the only cloud that Anthropic uses.',
        ['contradicted'],
        'cloud',
        'never exclusive (G5, G9)',
      ],
      [
        'The Anthropic agreement with Google and Broadcom covers five gigawatts of TPU capacity from 2027.',
        ['supported'],
        'compute',
        'G10, G13',
      ],
    ],
  },
  'microsoft-nvidia-anthropic': {
    title: 'Microsoft, NVIDIA and Anthropic: the three-way deal',
    rows: [
      [
        'NVIDIA committed to invest up to $10 billion in Anthropic, and Microsoft up to $5 billion.',
        ['supported'],
        'investment',
        'M2',
      ],
      [
        'Microsoft pledged up to ten billion dollars to Anthropic, and NVIDIA up to five billion.',
        ['contradicted'],
        'investment',
        'amounts swapped (M2)',
      ],
      [
        'Anthropic has agreed to buy $30 billion of Azure compute capacity.',
        ['supported'],
        'compute-commitment',
        'M2, M8',
      ],
      [
        'Microsoft invested $30 billion in Anthropic.',
        ['contradicted'],
        'investment',
        'the $30B is Anthropic buying Azure (M2)',
      ],
      [
        'Microsoft, NVIDIA and Anthropic signed a $45 billion investment deal.',
        ['contradicted'],
        'investment',
        'adds two kinds of money (M2)',
      ],
      [
        'NVIDIA and Microsoft led the Series G round of Anthropic.',
        ['contradicted'],
        'investment',
        'led by GIC and Coatue (M5)',
      ],
      [
        'In February 2026, Anthropic raised $30 billion at a $380 billion valuation in its Series G.',
        ['supported'],
        'investment',
        'M5',
      ],
      ['Claude is not available on Azure.', ['outdated'], 'cloud', 'on Azure since 2025-11-18 (M2)'],
      ['Claude models are offered in Microsoft Foundry.', ['supported'], 'distribution', 'M2'],
      [
        'Anthropic may contract up to one more gigawatt of compute on NVIDIA Grace Blackwell and Vera Rubin systems.',
        ['supported'],
        'compute',
        'M2',
      ],
      [
        'Microsoft is on track to spend about $500 million a year on models from Anthropic.',
        ['unverified'],
        'spend',
        'M4 (reported)',
      ],
      [
        'NVIDIA injected $10 billion into Anthropic in November 2025.',
        ['contradicted'],
        'investment',
        'November was an up-to commitment (M2, M5)',
      ],
      [
        'The financial terms of the Microsoft, NVIDIA and Anthropic deal were not disclosed.',
        ['contradicted'],
        'other',
        'terms were disclosed (M2)',
      ],
      [
        'NVIDIA and Anthropic will work together to tune Claude for future NVIDIA chips.',
        ['supported'],
        'technology',
        'M2',
      ],
      [
        'Anthropic agreed to purchase at least one gigawatt of NVIDIA capacity.',
        ['contradicted'],
        'compute',
        'up to 1 GW (M2)',
      ],
    ],
  },
  'nvidia-openai': {
    title: 'NVIDIA and OpenAI: from letter of intent to equity',
    rows: [
      [
        'NVIDIA has invested $100 billion in OpenAI.',
        ['contradicted'],
        'investment',
        'up to $100B LOI, never finalised; $30B invested',
      ],
      [
        'In September 2025, NVIDIA signed a letter of intent to invest up to $100 billion in OpenAI.',
        ['supported'],
        'investment',
        'LOI 2025-09-22',
      ],
      [
        'NVIDIA took a $30 billion equity stake in OpenAI.',
        ['supported'],
        'investment',
        '2026-02-27, closed 2026-03-31',
      ],
      [
        'The letter of intent called for at least ten gigawatts of NVIDIA systems for OpenAI.',
        ['supported'],
        'compute',
        'LOI',
      ],
      [
        'NVIDIA will supply up to 10 gigawatts of systems to OpenAI.',
        ['contradicted'],
        'compute',
        'the LOI said at least 10 GW',
      ],
      [
        'NVIDIA agreed to invest $100 million in OpenAI.',
        ['contradicted'],
        'investment',
        'millions for billions',
      ],
      [
        'NVIDIA is the exclusive chip supplier of OpenAI.',
        ['contradicted'],
        'partner-status',
        'never exclusive across OpenAI',
      ],
      [
        'OpenAI calls NVIDIA its preferred partner for compute and networking.',
        ['supported'],
        'partner-status',
        'LOI',
      ],
      [
        'NVIDIA and OpenAI signed their letter of intent in September 2024.',
        ['contradicted'],
        'other',
        'dated 2025-09-22',
      ],
      [
        'The $100 billion agreement between NVIDIA and OpenAI was finalised in December 2025.',
        ['contradicted'],
        'investment',
        'never finalised',
      ],
      [
        'OpenAI will deploy three gigawatts of inference and two gigawatts of training capacity on Vera Rubin.',
        ['supported'],
        'compute',
        '2026-02-27',
      ],
      ['The NVIDIA stake in OpenAI carries no votes.', ['unverified'], 'stake', 'non-voting is press only'],
      [
        'NVIDIA will fund OpenAI in ten tranches of $10 billion each.',
        ['unverified'],
        'investment',
        'press only',
      ],
      [
        'Through OpenAI, NVIDIA now indirectly holds a stake in AMD.',
        ['contradicted'],
        'stake',
        'OpenAI holds only an unvested warrant',
      ],
      [
        'The first gigawatt of NVIDIA systems for OpenAI was planned for the second half of 2026.',
        ['supported'],
        'compute',
        'LOI',
      ],
    ],
  },
  'amd-openai': {
    title: 'AMD and OpenAI: six gigawatts and a warrant',
    rows: [
      ['OpenAI holds a 10% stake in AMD.', ['contradicted'], 'stake', 'only a warrant, unvested (D2, D6)'],
      [
        'AMD gave OpenAI a warrant covering as many as 160 million of its shares, priced at one cent each.',
        ['supported'],
        'warrant',
        'D2',
      ],
      ['None of the warrant shares had vested as of mid-2026.', ['supported'], 'warrant', 'D6'],
      ['OpenAI has invested in AMD.', ['contradicted'], 'stake', 'OpenAI buys GPUs; no investment (D2)'],
      [
        'AMD gets an option to acquire up to a tenth of OpenAI.',
        ['contradicted'],
        'warrant',
        'direction reversed (D2)',
      ],
      ['OpenAI will deploy up to six gigawatts of AMD Instinct GPUs.', ['supported'], 'deployment', 'D2, D6'],
      [
        'OpenAI is committed to buying six full gigawatts of AMD chips.',
        ['contradicted'],
        'binding-commitment',
        'binding on the first 1 GW only (D2)',
      ],
      [
        'The first gigawatt of MI450 chips for OpenAI is due in the second half of 2026.',
        ['supported'],
        'deployment',
        'D2',
      ],
      ['The warrant AMD issued to OpenAI expires in October 2030.', ['supported'], 'warrant', 'D2'],
      [
        'The last tranche of the warrant vests only if AMD stock reaches $600.',
        ['supported'],
        'warrant',
        'D2',
      ],
      [
        'AMD expects tens of billions of dollars in revenue from its OpenAI deal.',
        ['supported'],
        'revenue',
        'D2',
      ],
      [
        'AMD will earn more than $100 billion from OpenAI alone.',
        ['contradicted'],
        'revenue',
        '>$100B includes other customers (D2)',
      ],
      [
        'AMD is the exclusive GPU supplier of OpenAI.',
        ['contradicted'],
        'partner-status',
        'not exclusive (D2)',
      ],
      [
        'OpenAI is now one of the largest shareholders of AMD.',
        ['contradicted'],
        'stake',
        'holds no shares (D2, D6)',
      ],
      ['AMD and OpenAI signed their definitive agreement in October 2025.', ['supported'], 'other', 'D2'],
      ["The warrant's exercise price is $0.01 a share.", ['supported'], 'warrant', 'D2'],
    ],
  },
  'oracle-openai': {
    title: 'Oracle and OpenAI: gigawatts in Texas and beyond',
    rows: [
      [
        'The contract of OpenAI with Oracle is worth more than $300 billion over five years.',
        ['supported'],
        'compute-commitment',
        'confirmed 2025-09-23',
      ],
      ['Oracle will provide 4.5 gigawatts of capacity to OpenAI.', ['supported'], 'compute', '2025-07-22'],
      ['Oracle holds a stake in OpenAI.', ['contradicted'], 'stake', 'no OpenAI stake'],
      ['Oracle is one of the equity funders of Stargate.', ['supported'], 'stargate', 'Stargate 2025-01'],
      [
        "Stargate's $500 billion is the value of Oracle's contract with OpenAI.",
        ['contradicted'],
        'compute-commitment',
        '$500B is the programme total',
      ],
      [
        'The partnership between Oracle and OpenAI has collapsed.',
        ['contradicted'],
        'other',
        'only the Abilene expansion was dropped',
      ],
      [
        'Oracle and OpenAI confirmed that the deal is worth $30 billion a year.',
        ['contradicted'],
        'compute-commitment',
        'no dollar figure given for 4.5 GW',
      ],
      [
        'OpenAI holds the 15-year lease on the Abilene site.',
        ['unverified'],
        'other',
        'press: Oracle is the lessee',
      ],
      [
        'Oracle is building a $165 billion campus for OpenAI.',
        ['contradicted'],
        'other',
        '$165B is a bond authorisation; Oracle is the tenant',
      ],
      [
        "All of OpenAI's pre-training stays on Microsoft infrastructure rather than Oracle's.",
        ['outdated'],
        'compute',
        'Abilene runs training from 2025-07',
      ],
      [
        'A Midwest site for the Oracle and OpenAI expansion has yet to be named.',
        ['outdated'],
        'compute',
        'named 2025-10',
      ],
      [
        'Oracle and OpenAI still plan a 600-megawatt expansion at Abilene.',
        ['outdated', 'unverified'],
        'compute',
        'dropped 2026-03 (reported)',
      ],
      [
        'The Oracle and OpenAI sites include Port Washington in Wisconsin and Saline Township in Michigan.',
        ['supported'],
        'compute',
        '2025-10',
      ],
      ['The 4.5 gigawatt Oracle deal was announced on June 22, 2025.', ['contradicted'], 'other', 'July 22'],
      ['OpenAI owns shares in Oracle.', ['contradicted'], 'stake', 'no stake either way'],
      [
        'Stargate was announced on January 22, 2025, with Oracle among its founders.',
        ['contradicted'],
        'stargate',
        'announced 2025-01-21 (O2)',
      ],
    ],
  },
  'amazon-openai': {
    title: 'Amazon and OpenAI: from compute to equity',
    rows: [
      [
        'Amazon agreed to invest $50 billion in OpenAI: $15 billion at first and $35 billion later, on conditions.',
        ['supported'],
        'investment',
        '2026-02-27',
      ],
      [
        'The $35 billion from Amazon remains contingent.',
        ['outdated', 'unverified'],
        'investment',
        'fully funded by July 2026 (Z13, reported)',
      ],
      [
        'In November 2025, OpenAI signed a seven-year, $38 billion compute deal with AWS.',
        ['supported'],
        'compute-commitment',
        '2025-11-03',
      ],
      [
        'The November 2025 AWS deal with OpenAI runs on Trainium chips.',
        ['contradicted'],
        'compute',
        'NVIDIA GPUs',
      ],
      [
        'The AWS agreement with OpenAI was expanded to $100 billion.',
        ['contradicted'],
        'compute-commitment',
        'expanded by $100B',
      ],
      [
        'OpenAI added $100 billion over eight years to its AWS commitment.',
        ['supported'],
        'compute-commitment',
        '2026-02-27',
      ],
      [
        'The $50 billion is money OpenAI pays Amazon for AWS computing capacity.',
        ['contradicted'],
        'investment',
        'the $50B is equity from Amazon',
      ],
      [
        'The $35 billion tranche depends on OpenAI reaching AGI.',
        ['contradicted'],
        'investment',
        'IPO or a redacted event',
      ],
      [
        'Amazon has not yet put any money into OpenAI.',
        ['outdated'],
        'investment',
        'none before 2026; $15B paid by 2026-03-31',
      ],
      [
        'The frontier models of OpenAI became generally available on Bedrock in June 2026.',
        ['supported'],
        'distribution',
        'GA 2026-06-01',
      ],
      [
        'Amazon holds a board seat at OpenAI.',
        ['contradicted', 'unverified'],
        'board',
        'no board seat reported',
      ],
      ['Amazon invested in OpenAI back in 2024.', ['contradicted'], 'investment', 'no 2024 investment'],
      ['Amazon owns 5% of OpenAI.', ['unverified'], 'stake', 'no % disclosed'],
      [
        'OpenAI committed to two gigawatts of Trainium capacity on AWS.',
        ['supported'],
        'compute',
        '2026-02-27',
      ],
      [
        'The $10 billion deal between Amazon and OpenAI was finalised.',
        ['contradicted'],
        'investment',
        '$10B was only talks',
      ],
      ['An Amazon executive sits on the OpenAI board.', ['unverified'], 'board', 'no board seat reported'],
      [
        'Amazon first put money into OpenAI back in 2024.',
        ['contradicted'],
        'investment',
        'no Amazon money in OpenAI before 2026 (Z5)',
      ],
      [
        'On February 26, 2026, Amazon agreed to invest $50 billion in OpenAI.',
        ['contradicted'],
        'investment',
        'announced 2026-02-27 (Z5)',
      ],
    ],
  },
};

/** Deals the fact base does not track, and colour about the tracked companies: to be left alone. */
const DECOYS = [
  'AMD granted Meta its own warrant for AMD shares as part of a separate chip deal.',
  'Meta plans to deploy AMD accelerators in its data centres, the two companies said.',
  'NVIDIA bought a stake in Intel and the two will develop chips together.',
  'Intel shares jumped after the NVIDIA announcement.',
  'Oracle signed cloud contracts with several other AI developers this year.',
  'Google unveiled a new Gemini model with longer memory.',
  'Amazon shares fell 2% after the retailer reported its quarterly results.',
  'Anthropic released a new Claude model aimed at programmers.',
  'NVIDIA reported record data-centre revenue for the quarter.',
  'AMD shares rose 6% in early trading on Monday.',
  'Oracle founder Larry Ellison spoke about databases at a conference in Las Vegas.',
  'Google is building a new data centre in Belgium.',
  'Amazon opened a new warehouse in Ohio with hundreds of robots.',
  'Anthropic hired a new chief financial officer from a large bank.',
  'OpenAI launched a browser of its own this autumn.',
  'Analysts say NVIDIA remains the company to beat in AI chips.',
  'Microsoft released an update to Windows that adds more AI features.',
  'Investors wonder how long the AI spending boom at Google and Amazon can last.',
  'An exclusive interview with the chief executive of AMD appears in our next issue.',
  'Oracle stock has doubled this year on hopes for its cloud business.',
  'Anthropic opened a new office in Tokyo.',
];

export function PARTNER_PAGES(): SuitePage[] {
  let n = 0;
  const pages: SuitePage[] = Object.entries(DEALS).map(([partnership, deal]) => ({
    file: `${partnership}.html`,
    title: deal.title,
    published: null,
    paragraphs: deal.rows.map((r) => r[0]),
    claims: deal.rows.map(
      ([quote, accept, topic, why]): LabelledClaim => ({
        quote,
        accept,
        topic,
        partnership,
        id: `pp-${String(++n).padStart(3, '0')}`,
        why,
      }),
    ),
    decoys: [],
  }));
  // Decoys are spread over the pages, three a page, in a fixed order.
  DECOYS.forEach((d, i) => {
    const page = pages[i % pages.length];
    page.paragraphs.splice(1 + ((i * 5) % page.paragraphs.length), 0, d);
    page.decoys.push(d);
  });
  return pages;
}
