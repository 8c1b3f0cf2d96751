/**
 * The seed table the embedded data set is generated from: real-world product kinds, brands
 * and typical US prices for the ten searches the skill is demonstrated with. `generate.ts`
 * turns each template into one product per brand (and per variant), deterministically, in
 * the exact shape of the Product Search API's results. Kept as a table, not as JSON
 * results, so the Lambda bundle stays small.
 */

export interface SeedTemplate {
  /** Product name without the brand. */
  name: string;
  /** Typical US price of one unit, in dollars. */
  usd: number;
  features: [string, string];
  /** Variation children (dimension, values): one product per value, linked as variations. */
  variants?: [string, string[]];
  /**
   * Variations added to a product already in the data set (dimension; values with a price
   * factor): the product as listed is the first value, and the others become its siblings,
   * numbered after the whole data set so every product before keeps its ASIN, price and rating.
   */
  moreVariants?: [string, [string, number][]];
  /** Sold in packs that get quantity price tiers. */
  bulk?: boolean;
}

export interface SeedCategory {
  key: string;
  category: { id: string; displayName: string };
  subCategory: { id: string; displayName: string };
  /** Words customers use for this kind of product, indexed for search. */
  synonyms: string[];
  unspsc: [string, string];
  brands: string[];
  common: string[];
  templates: SeedTemplate[];
}

export const SEED: SeedCategory[] = [
  {
    key: 'batteries',
    category: { id: 'Electronics', displayName: 'Electronics' },
    subCategory: { id: '172435', displayName: 'Household Batteries' },
    synonyms: ['battery', 'batteries', 'cell', 'power'],
    unspsc: ['26111702', 'Alkaline batteries'],
    brands: ['Duracell', 'Energizer', 'Amazon Basics', 'Panasonic', 'Rayovac', 'GP'],
    common: ['Long-lasting power for everyday devices', 'Leak-resistant design'],
    templates: [
      { name: 'Coppertop AA Alkaline Batteries, 24 Count', usd: 18.99, features: ['Guaranteed 12 years in storage', 'Powers remotes, toys and flashlights'], bulk: true },
      { name: 'AAA Alkaline Batteries, 20 Count', usd: 15.49, features: ['Ideal for remotes and wireless mice', '10-year shelf life'], bulk: true },
      {
        name: 'Max AA Batteries, 8 Pack',
        usd: 8.99,
        features: ['Holds power up to 10 years in storage', 'Resealable package'],
        moreVariants: [
          'Size',
          [
            ['8 Pack', 1],
            ['24 Pack', 2.4],
          ],
        ],
      },
      {
        name: 'Rechargeable AA NiMH Batteries, 2000 mAh, 8 Pack',
        usd: 21.99,
        features: ['Recharge up to 500 times', 'Pre-charged and ready to use'],
        moreVariants: [
          'Size',
          [
            ['8 Pack', 1],
            ['4 Pack', 0.55],
          ],
        ],
      },
      { name: 'CR2032 Lithium Coin Batteries, 6 Pack', usd: 7.49, features: ['For key fobs, watches and scales', 'Child-secure packaging'] },
      { name: '9V Alkaline Batteries, 4 Pack', usd: 11.99, features: ['For smoke detectors and guitar pedals', '5-year shelf life'], bulk: true },
      { name: 'D Cell Alkaline Batteries, 8 Count', usd: 16.99, features: ['For lanterns and large flashlights', 'Long storage life'] },
      { name: 'C Cell Alkaline Batteries, 8 Count', usd: 14.99, features: ['For radios and toys', 'Reliable in cold weather'] },
      { name: 'Lithium AA Batteries, 12 Pack', usd: 27.99, features: ['Lasts up to 9 times longer in digital cameras', 'Works from -40 to 60 degrees Celsius'] },
      { name: 'Battery Charger with 4 AA Rechargeable Batteries', usd: 24.99, features: ['Charges AA and AAA cells', 'LED charge indicators'], variants: ['Size', ['AA', 'AAA']] },
      { name: 'AA and AAA Alkaline Batteries Variety Pack, 48 Count', usd: 29.99, features: ['24 AA and 24 AAA batteries', 'Stocks the whole office'], bulk: true },
    ],
  },
  {
    key: 'printer paper',
    category: { id: 'OfficeProducts', displayName: 'Office Products' },
    subCategory: { id: '1069664', displayName: 'Copy & Printer Paper' },
    synonyms: ['paper', 'printer', 'copy', 'copier', 'sheets', 'ream', 'a4', 'letter'],
    unspsc: ['14111507', 'Printer or copier paper'],
    brands: ['Hammermill', 'HP', 'Amazon Basics', 'Navigator', 'Boise', 'Georgia-Pacific'],
    common: ['Jam-free performance in laser and inkjet printers', 'Acid-free for long-lasting documents'],
    templates: [
      { name: 'Printer Paper, 8.5 x 11, 20 lb, 500 Sheets, 1 Ream', usd: 9.99, features: ['92 bright white', 'Made in the USA'], bulk: true },
      { name: 'Multipurpose Copy Paper, 8.5 x 11, 10 Reams, 5000 Sheets', usd: 54.99, features: ['Case of 10 reams', 'Everyday printing and copying'], bulk: true },
      { name: 'Premium Printer Paper, 24 lb, 96 Bright, 500 Sheets', usd: 14.49, features: ['Heavier paper for presentations', 'Vivid colours and sharp text'], bulk: true },
      { name: 'Copy Paper, 8.5 x 11, 3 Reams', usd: 24.99, features: ['1500 sheets in total', 'Smooth finish'] },
      { name: 'Cardstock Paper, 65 lb, 250 Sheets', usd: 12.99, features: ['Great for cards and flyers', 'Heavyweight white'] },
      { name: 'Recycled Printer Paper, 30% Post-Consumer, 500 Sheets', usd: 11.49, features: ['FSC certified', 'Bright white recycled fibre'], bulk: true },
      { name: 'Legal Size Copy Paper, 8.5 x 14, 500 Sheets', usd: 13.99, features: ['For contracts and legal forms', 'Consistent thickness'] },
      { name: 'Glossy Photo Paper, 8.5 x 11, 50 Sheets', usd: 17.99, features: ['Instant-dry glossy finish', 'For inkjet printers only'] },
      {
        name: 'Colored Copy Paper, Assorted Pastels, 500 Sheets',
        usd: 15.99,
        features: ['Five pastel colours', 'For flyers and classroom handouts'],
        variants: ['Color', ['Pastel', 'Bright']],
      },
      { name: 'Printer Paper, 11 x 17 Tabloid, 500 Sheets', usd: 22.99, features: ['For spreadsheets and drawings', 'Ledger size'] },
      { name: 'A4 Printer Paper, 80 gsm, 500 Sheets', usd: 10.99, features: ['International A4 size', 'Ultra-smooth surface'], bulk: true },
    ],
  },
  {
    key: 'coffee',
    category: { id: 'Grocery', displayName: 'Grocery & Gourmet Food' },
    subCategory: { id: '16318031', displayName: 'Coffee' },
    synonyms: ['coffee', 'espresso', 'beans', 'ground', 'roast', 'pods', 'decaf'],
    unspsc: ['50201706', 'Coffee'],
    brands: ["Peet's Coffee", 'Starbucks', 'Lavazza', 'Folgers', 'Dunkin', 'Death Wish Coffee'],
    common: ['100% Arabica coffee', 'Roasted and packed fresh'],
    templates: [
      { name: 'Medium Roast Ground Coffee, 12 oz Bag', usd: 9.99, features: ['Smooth and balanced', 'For drip coffee makers'], bulk: true },
      { name: 'Dark Roast Whole Bean Coffee, 2 lb Bag', usd: 21.99, features: ['Bold and rich flavour', 'Grind fresh at home'], bulk: true },
      { name: 'Espresso Whole Bean Coffee, 2.2 lb', usd: 19.99, features: ['Notes of chocolate and hazelnut', 'Ideal for espresso machines'] },
      {
        name: 'K-Cup Coffee Pods, Medium Roast, 72 Count',
        usd: 39.99,
        features: ['Compatible with Keurig brewers', 'Recyclable pods'],
        bulk: true,
        moreVariants: [
          'Size',
          [
            ['72 Count', 1],
            ['24 Count', 0.4],
          ],
        ],
      },
      { name: 'Decaf Ground Coffee, 12 oz', usd: 10.49, features: ['Swiss Water Process decaf', 'Full flavour without caffeine'] },
      { name: 'Instant Coffee, 8 oz Jar', usd: 8.99, features: ['Dissolves in seconds', 'Makes about 120 cups'] },
      { name: 'Cold Brew Coffee Packs, 4 Count', usd: 12.99, features: ['Steep overnight', 'Smooth, low-acid taste'] },
      { name: 'Breakfast Blend Ground Coffee, 30 oz Canister', usd: 14.99, features: ['Light and bright', 'Value-size canister'], bulk: true },
      { name: 'Organic Light Roast Whole Bean Coffee, 1 lb', usd: 13.49, features: ['USDA organic', 'Fair Trade certified'] },
      {
        name: 'Coffee Pods Variety Pack, 40 Count',
        usd: 29.99,
        features: ['Eight roasts to try', 'Works with most single-serve brewers'],
        variants: ['Roast', ['Medium', 'Dark']],
      },
      { name: 'French Roast Ground Coffee, 20 oz', usd: 12.99, features: ['Smoky and intense', 'For French press and drip'] },
    ],
  },
  {
    key: 'headphones',
    category: { id: 'Electronics', displayName: 'Electronics' },
    subCategory: { id: '172541', displayName: 'Headphones' },
    synonyms: ['headphones', 'headphone', 'earbuds', 'headset', 'earphones', 'audio', 'wireless', 'bluetooth'],
    unspsc: ['52161514', 'Headphones'],
    brands: ['Sony', 'Bose', 'JBL', 'Anker Soundcore', 'Sennheiser', 'Jabra'],
    common: ['Comfortable for all-day wear', 'Built-in microphone for calls'],
    templates: [
      {
        name: 'Wireless Noise Cancelling Over-Ear Headphones',
        usd: 279.99,
        features: ['Industry-leading noise cancellation', 'Up to 30 hours of battery life'],
        variants: ['Color', ['Black', 'Silver']],
      },
      {
        name: 'True Wireless Earbuds with Charging Case',
        usd: 79.99,
        features: ['Up to 24 hours with the case', 'Sweat and water resistant'],
        variants: ['Color', ['Black', 'White']],
      },
      {
        name: 'On-Ear Bluetooth Headphones',
        usd: 49.99,
        features: ['Lightweight foldable design', '40 hours of playtime'],
        moreVariants: [
          'Color',
          [
            ['Black', 1],
            ['Blue', 1],
            ['White', 1],
          ],
        ],
      },
      { name: 'Wired Stereo Headphones with 3.5 mm Jack', usd: 19.99, features: ['Deep bass sound', 'Tangle-free cable'] },
      { name: 'USB Office Headset with Noise-Cancelling Microphone', usd: 59.99, features: ['Certified for Microsoft Teams', 'In-line volume controls'], bulk: true },
      { name: 'Sport Wireless Earbuds with Ear Hooks', usd: 39.99, features: ['Secure fit for running', 'IPX7 waterproof'] },
      { name: 'Kids Headphones with Volume Limit', usd: 24.99, features: ['Limited to 85 decibels', 'Durable, bendable headband'] },
      { name: 'Studio Monitor Headphones, Closed Back', usd: 99.99, features: ['Accurate, flat sound', 'Detachable cable'] },
      { name: 'Open-Ear Bone Conduction Headphones', usd: 129.99, features: ['Hear your surroundings while running', '8 hours of battery'] },
      { name: 'Gaming Headset with Surround Sound', usd: 69.99, features: ['Virtual 7.1 surround', 'Flip-to-mute microphone'] },
      { name: 'Noise Cancelling Earbuds, Wireless', usd: 149.99, features: ['Adaptive noise cancelling', 'Wireless charging case'] },
    ],
  },
  {
    key: 'notebook',
    category: { id: 'OfficeProducts', displayName: 'Office Products' },
    subCategory: { id: '1069554', displayName: 'Notebooks & Writing Pads' },
    synonyms: ['notebook', 'notebooks', 'journal', 'notepad', 'pad', 'composition', 'spiral'],
    unspsc: ['14111514', 'Notebooks or notebook fillers'],
    brands: ['Mead', 'Moleskine', 'Five Star', 'Rocketbook', 'Leuchtturm1917', 'Oxford'],
    common: ['Bleed-resistant paper', 'Perforated pages tear out cleanly'],
    templates: [
      { name: 'Spiral Notebook, 1 Subject, College Ruled, 70 Sheets', usd: 2.99, features: ['Durable cardboard cover', '10.5 x 8 inches'], bulk: true },
      { name: 'Composition Notebook, Wide Ruled, 100 Sheets, 9-3/4" x 7-1/2"', usd: 3.49, features: ['Sewn binding lies flat', 'Classic marble cover'], bulk: true },
      { name: 'Classic Hardcover Notebook, Ruled, Large', usd: 22.95, features: ['Elastic closure and ribbon marker', '240 ivory pages'], variants: ['Color', ['Black', 'Navy']] },
      { name: 'Smart Reusable Notebook, Letter Size', usd: 34.0, features: ['Scan pages to the cloud', 'Wipe clean with water'] },
      { name: 'Dotted Journal, A5, 251 Pages', usd: 24.95, features: ['Numbered pages and index', 'Two page markers'] },
      { name: '5 Subject Notebook, College Ruled, 200 Sheets', usd: 9.99, features: ['Water-resistant cover', 'Pocket dividers'] },
      { name: 'Legal Pads, 8.5 x 11.75, Yellow, 12 Pack', usd: 16.99, features: ['50 sheets per pad', 'Top-bound, perforated'], bulk: true },
      { name: 'Pocket Notebooks, 3.5 x 5.5, 3 Pack', usd: 12.5, features: ['Fits in a jacket pocket', 'Recycled paper'] },
      { name: 'Graph Paper Notebook, Quad Ruled, 80 Sheets', usd: 5.49, features: ['4 squares per inch', 'For maths and engineering'] },
      {
        name: 'Spiral Notebooks, 1 Subject, 6 Pack',
        usd: 11.99,
        features: ['Assorted colours', 'College ruled'],
        bulk: true,
        moreVariants: [
          'Size',
          [
            ['6 Pack', 1],
            ['12 Pack', 1.9],
          ],
        ],
      },
      { name: 'Project Book, Wirebound, A4+', usd: 8.99, features: ['Movable divider', 'Optik Paper 90 gsm'] },
    ],
  },
  {
    key: 'water bottle',
    category: { id: 'SportsAndOutdoors', displayName: 'Sports & Outdoors' },
    subCategory: { id: '3395191', displayName: 'Water Bottles' },
    synonyms: ['water', 'bottle', 'bottles', 'flask', 'tumbler', 'hydration', 'insulated'],
    unspsc: ['52151636', 'Water bottles'],
    brands: ['Hydro Flask', 'CamelBak', 'Nalgene', 'Contigo', 'Stanley', 'Owala'],
    common: ['BPA-free materials', 'Dishwasher safe lid'],
    templates: [
      {
        name: 'Insulated Stainless Steel Water Bottle, 32 oz',
        usd: 44.95,
        features: ['Keeps drinks cold for 24 hours', 'Wide mouth with flex cap'],
        variants: ['Color', ['Black', 'Pacific Blue']],
      },
      { name: 'Water Bottle with Straw Lid, 24 oz', usd: 27.99, features: ['Leak-proof when closed', 'Carry loop'] },
      {
        name: 'Wide Mouth Tritan Water Bottle, 32 oz',
        usd: 13.99,
        features: ['Nearly indestructible', 'Measurement markings'],
        moreVariants: [
          'Color',
          [
            ['Clear', 1],
            ['Blue', 1],
            ['Black', 1],
          ],
        ],
      },
      { name: 'Autoseal Travel Water Bottle, 24 oz', usd: 15.99, features: ['Spill-proof one-handed drinking', 'Lock button'] },
      { name: 'Insulated Tumbler with Handle, 40 oz', usd: 45.0, features: ['Fits most car cup holders', 'Keeps ice for 2 days'] },
      { name: 'Kids Water Bottle, 14 oz', usd: 12.99, features: ['Spill-proof straw', 'Fun designs'] },
      { name: 'Collapsible Silicone Water Bottle, 20 oz', usd: 16.99, features: ['Folds flat for travel', 'Food-grade silicone'] },
      { name: 'Glass Water Bottle with Protective Sleeve, 18 oz', usd: 19.99, features: ['No plastic taste', 'Silicone sleeve prevents breakage'] },
      { name: 'Sports Squeeze Water Bottle, 24 oz, 2 Pack', usd: 14.99, features: ['High-flow valve', 'Easy-squeeze body'], bulk: true },
      { name: 'Motivational Water Bottle with Time Markers, 64 oz', usd: 21.99, features: ['Track daily water intake', 'Removable straw'] },
      { name: 'Filtered Water Bottle, 26 oz', usd: 34.99, features: ['Built-in carbon filter', 'Removes chlorine taste'] },
    ],
  },
  {
    key: 'usb cable',
    category: { id: 'Electronics', displayName: 'Electronics' },
    subCategory: { id: '3230976011', displayName: 'USB Cables' },
    synonyms: ['usb', 'cable', 'cables', 'cord', 'charger', 'charging', 'lightning', 'type-c'],
    unspsc: ['26121609', 'Network cable'],
    brands: ['Anker', 'Amazon Basics', 'Belkin', 'UGREEN', 'Cable Matters', 'Apple'],
    common: ['Fast charging and data transfer', 'Reinforced strain relief'],
    templates: [
      { name: 'USB-C to USB-C Cable, 100W, 6 ft', usd: 15.99, features: ['Charges laptops up to 100 watts', 'Braided nylon jacket'], variants: ['Length', ['3 ft', '6 ft']] },
      {
        name: 'USB-A to USB-C Cable, 3 ft, 2 Pack',
        usd: 9.99,
        features: ['Works with phones and tablets', '480 Mbps data transfer'],
        bulk: true,
        moreVariants: [
          'Size',
          [
            ['2 Pack', 1],
            ['4 Pack', 1.7],
          ],
        ],
      },
      { name: 'Lightning to USB-C Cable, MFi Certified, 6 ft', usd: 19.99, features: ['Apple MFi certified', 'Fast charge compatible'] },
      { name: 'USB 3.0 Extension Cable, 10 ft', usd: 11.99, features: ['5 Gbps transfer', 'Gold-plated connectors'] },
      { name: 'Micro USB Cable, 6 ft, 3 Pack', usd: 10.99, features: ['For older Android phones', 'Tangle-free design'], bulk: true },
      { name: 'USB-C to HDMI Cable, 4K 60Hz, 6 ft', usd: 22.99, features: ['Mirror your laptop to a TV', 'Thunderbolt 3 compatible'] },
      { name: 'USB Printer Cable, A-Male to B-Male, 10 ft', usd: 7.99, features: ['For printers and scanners', 'Shielded cable'] },
      { name: '3-in-1 Charging Cable, USB-C, Lightning and Micro USB', usd: 13.99, features: ['One cable for every device', 'Braided, 4 ft'] },
      { name: 'Thunderbolt 4 Cable, 40 Gbps, 2.3 ft', usd: 29.99, features: ['Drives two 4K displays', '100W charging'] },
      { name: 'Right Angle USB-C Cable, 10 ft', usd: 14.99, features: ['L-shaped plug for gaming', 'Extra-long reach'] },
      { name: 'USB-C Cable, 1 ft, 5 Pack', usd: 12.99, features: ['Short cables for power banks', 'Colour-coded'], bulk: true },
    ],
  },
  {
    key: 'desk lamp',
    category: { id: 'HomeAndKitchen', displayName: 'Home & Kitchen' },
    subCategory: { id: '1063292', displayName: 'Desk Lamps' },
    synonyms: ['lamp', 'lamps', 'light', 'lighting', 'desk', 'led', 'reading', 'table'],
    unspsc: ['39111503', 'Desk lamps'],
    brands: ['TaoTronics', 'BenQ', 'Lampat', 'Globe Electric', 'Hamilton & Co.', 'IKEA'],
    common: ['Flicker-free light that is easy on the eyes', 'Energy-efficient LEDs'],
    templates: [
      {
        name: 'LED Desk Lamp with USB Charging Port',
        usd: 35.99,
        features: ['Five colour modes and seven brightness levels', 'Touch control'],
        variants: ['Color', ['Black', 'White']],
      },
      { name: 'Architect Desk Lamp, Swing Arm, Metal', usd: 42.99, features: ['Clamp mount saves desk space', 'Adjustable arm and head'] },
      { name: 'e-Reading LED Desk Lamp', usd: 199.0, features: ['Wide, even lighting', 'Auto-dimming sensor'] },
      { name: 'Dimmable Desk Lamp with Wireless Charger', usd: 49.99, features: ['Charges phones without a cable', 'Memory function'] },
      { name: 'Banker Desk Lamp, Green Glass Shade', usd: 59.99, features: ['Classic brass finish', 'Pull-chain switch'] },
      { name: 'Clip-On Reading Light, Rechargeable', usd: 16.99, features: ['Clips onto books and headboards', 'Up to 60 hours per charge'] },
      { name: 'Minimalist Desk Lamp, Wood Base', usd: 29.99, features: ['Natural oak base', 'Warm white light'] },
      { name: 'Monitor Light Bar', usd: 45.99, features: ['No glare on the screen', 'USB powered'] },
      { name: 'Magnifying Desk Lamp with Clamp', usd: 39.99, features: ['5x magnifying lens', 'For crafts and repairs'] },
      { name: 'Kids Desk Lamp, Foldable', usd: 19.99, features: ['Eye-caring light', 'Soft-touch switch'] },
      { name: 'Floor and Desk Lamp Set, 2 Pieces', usd: 69.99, features: ['Matching design', 'Bulbs included'] },
    ],
  },
  {
    key: 'dog food',
    category: { id: 'PetSupplies', displayName: 'Pet Supplies' },
    subCategory: { id: '2975359011', displayName: 'Dry Dog Food' },
    synonyms: ['dog', 'dogs', 'food', 'kibble', 'puppy', 'pet', 'treats'],
    unspsc: ['10121801', 'Dry dog food'],
    brands: ['Purina Pro Plan', 'Blue Buffalo', "Hill's Science Diet", 'Royal Canin', 'Pedigree', 'Wellness'],
    common: ['Made with real meat as the first ingredient', 'No artificial colours or preservatives'],
    templates: [
      { name: 'Adult Dry Dog Food, Chicken and Rice, 30 lb Bag', usd: 64.99, features: ['Supports strong muscles', 'Guaranteed live probiotics'], bulk: true },
      { name: 'Puppy Dry Dog Food, Small Breed, 6 lb', usd: 21.99, features: ['DHA for brain development', 'Small kibble for small mouths'] },
      { name: 'Senior Dog Food, Chicken Recipe, 15 lb', usd: 49.99, features: ['Joint support with glucosamine', 'Easy to digest'] },
      { name: 'Grain-Free Dry Dog Food, Salmon, 24 lb', usd: 72.99, features: ['Rich in omega-3', 'No corn, wheat or soy'] },
      { name: 'Wet Dog Food Variety Pack, 12 Cans', usd: 24.99, features: ['Three flavours', '13 oz cans'], bulk: true },
      { name: 'Weight Management Dog Food, 28.5 lb', usd: 79.99, features: ['Clinically proven weight loss', 'High protein'] },
      { name: 'Sensitive Stomach Dog Food, Lamb, 24 lb', usd: 69.99, features: ['Gentle on digestion', 'Single animal protein'] },
      { name: 'Large Breed Adult Dog Food, 34 lb', usd: 62.99, features: ['Supports healthy joints', 'Large kibble'] },
      { name: 'Dental Dog Treats, Medium, 30 Count', usd: 19.99, features: ['Reduces tartar build-up', 'Freshens breath'], bulk: true },
      { name: 'Freeze-Dried Raw Dog Food Toppers, 3.5 oz', usd: 14.99, features: ['Single-ingredient beef', 'Mix with kibble'] },
      { name: 'Small Breed Dog Food, Turkey and Oatmeal, 4 lb', usd: 15.99, features: ['Tailored for small dogs', 'Antioxidant-rich'], variants: ['Flavor', ['Turkey', 'Salmon']] },
    ],
  },
  {
    key: 'sunscreen',
    category: { id: 'Beauty', displayName: 'Beauty & Personal Care' },
    subCategory: { id: '11062031', displayName: 'Sunscreens' },
    synonyms: ['sunscreen', 'sunblock', 'sun', 'spf', 'lotion', 'uv', 'protection', 'cream'],
    unspsc: ['53131609', 'Sun protection'],
    brands: ['Neutrogena', 'La Roche-Posay', 'CeraVe', 'Banana Boat', 'Coppertone', 'Sun Bum'],
    common: ['Broad spectrum UVA and UVB protection', 'Dermatologist tested'],
    templates: [
      { name: 'Ultra Sheer Dry-Touch Sunscreen Lotion, SPF 55, 3 fl oz', usd: 10.99, features: ['Non-greasy finish', 'Water resistant for 80 minutes'], bulk: true },
      { name: 'Mineral Face Sunscreen, SPF 50, 1.7 fl oz', usd: 19.99, features: ['Zinc oxide and titanium dioxide', 'For sensitive skin'] },
      { name: 'Sport Sunscreen Spray, SPF 50, 6 oz, 2 Pack', usd: 17.99, features: ['Sweat resistant', 'Sprays at any angle'], bulk: true },
      { name: 'Kids Sunscreen Lotion, SPF 50, 8 fl oz', usd: 12.49, features: ['Tear-free formula', 'Pediatrician recommended'] },
      { name: 'Daily Moisturizing Lotion with SPF 30, 3 fl oz', usd: 15.99, features: ['With ceramides and hyaluronic acid', 'Oil free'] },
      { name: 'Sunscreen Stick, SPF 50+, 0.5 oz', usd: 8.99, features: ['Easy on-the-go application', 'Travel size'] },
      { name: 'Tinted Mineral Sunscreen, SPF 40, 1.5 fl oz', usd: 24.99, features: ['Evens skin tone', 'Blends into all skin tones'], variants: ['Shade', ['Light', 'Medium']] },
      { name: 'Baby Sunscreen Lotion, Mineral, SPF 50, 3 fl oz', usd: 11.99, features: ['Fragrance free', 'Gentle on baby skin'] },
      { name: 'After Sun Aloe Vera Gel, 16 oz', usd: 7.99, features: ['Soothes sunburned skin', 'Cooling formula'] },
      { name: 'Lip Balm with SPF 30, 3 Pack', usd: 5.99, features: ['Moisturizes dry lips', 'Water resistant'], bulk: true },
      { name: 'Clear Zinc Sunscreen Lotion, SPF 50, 5 fl oz', usd: 13.99, features: ['Rubs in clear', 'Reef friendly'] },
    ],
  },
];

/** Merchants the generated offers come from; index 0 of each region is Amazon itself. */
export const MERCHANTS: readonly { name: string; certificates: string[] }[] = [
  { name: 'Amazon', certificates: [] },
  { name: 'OfficeSupply Direct', certificates: ['Registered Small Business'] },
  { name: 'Northwind Traders', certificates: [] },
  { name: 'BlueRiver Wholesale', certificates: ['Women-Owned Business Enterprise'] },
  { name: 'Summit Goods & Co.', certificates: [] },
  { name: 'Riverside "Value" Outlet', certificates: ['Veteran-Owned Business'] },
];
