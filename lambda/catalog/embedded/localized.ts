/**
 * The sample data set in the languages of the other marketplaces: the words customers search
 * with for every category (so "Kaffee", "café", "caffè", "コーヒー" find the coffee "coffee"
 * finds), and titles, features and delivery notes as Amazon.de, .fr, .it, .es and .co.jp would
 * give them for the batteries and coffee products. Anything not written here stays English,
 * as an untranslated listing would. Part of the embedded data set: loaded only with it.
 */
import type { SeedCategory } from './seed';

/** The languages of the API locales (`de_DE` → `de`) the sample data speaks besides English. */
export type CatalogLanguage = 'de' | 'fr' | 'it' | 'es' | 'ja';

export interface LocalizedTemplate {
  name: string;
  features: [string, string];
}

export interface LanguageData {
  /** Search words per category key, in the language (singular and plural where they differ). */
  synonyms: Readonly<Record<string, readonly string[]>>;
  /** Template names and features per category key, in the seed's template order. */
  templates: Readonly<Record<string, readonly LocalizedTemplate[]>>;
  /** The category's shared feature lines, in the seed's order. */
  common: Readonly<Record<string, readonly [string, string]>>;
  /** Delivery notes: `{when}` is today / tomorrow / the day range, `{cost}` the shipping price. */
  delivery: { free: string; paid: string; today: string; tomorrow: string; days: string };
  /**
   * Variation dimensions and values as the marketplace names them ("Color" → "Farbe", "Black"
   * → "Schwarz"); pack sizes by pattern (`{n}`: the count). A value not written here stays English.
   */
  variations: { names: Readonly<Record<string, string>>; values: Readonly<Record<string, string>>; packs: Readonly<Record<'Pack' | 'Count', string>> };
}

export const LANGUAGES: Readonly<Record<CatalogLanguage, LanguageData>> = {
  de: {
    synonyms: {
      batteries: ['batterie', 'batterien', 'akku', 'akkus', 'knopfzelle'],
      'printer paper': ['papier', 'druckerpapier', 'kopierpapier', 'blatt'],
      coffee: ['kaffee', 'kaffeebohnen', 'bohnen', 'espresso', 'kaffeepads', 'kapseln'],
      headphones: ['kopfhörer', 'ohrhörer', 'headset'],
      notebook: ['notizbuch', 'notizblock', 'heft', 'hefte'],
      'water bottle': ['trinkflasche', 'wasserflasche', 'flasche'],
      'usb cable': ['kabel', 'ladekabel', 'usb-kabel'],
      'desk lamp': ['lampe', 'schreibtischlampe', 'leuchte'],
      'dog food': ['hundefutter', 'futter'],
      sunscreen: ['sonnencreme', 'sonnenschutz'],
    },
    templates: {
      batteries: [
        { name: 'Coppertop AA Alkaline-Batterien, 24 Stück', features: ['12 Jahre lagerfähig', 'Für Fernbedienungen, Spielzeug und Taschenlampen'] },
        { name: 'AAA Alkaline-Batterien, 20 Stück', features: ['Ideal für Fernbedienungen und kabellose Mäuse', '10 Jahre haltbar'] },
        { name: 'Max AA Batterien, 8er-Pack', features: ['Bis zu 10 Jahre lagerfähig', 'Wiederverschließbare Verpackung'] },
        { name: 'Wiederaufladbare AA NiMH-Akkus, 2000 mAh, 8er-Pack', features: ['Bis zu 500-mal aufladbar', 'Vorgeladen und sofort einsatzbereit'] },
        { name: 'CR2032 Lithium-Knopfzellen, 6er-Pack', features: ['Für Autoschlüssel, Uhren und Waagen', 'Kindersichere Verpackung'] },
        { name: '9V Alkaline-Batterien, 4er-Pack', features: ['Für Rauchmelder und Effektgeräte', '5 Jahre haltbar'] },
        { name: 'Mono D Alkaline-Batterien, 8 Stück', features: ['Für Laternen und große Taschenlampen', 'Lange lagerfähig'] },
        { name: 'Baby C Alkaline-Batterien, 8 Stück', features: ['Für Radios und Spielzeug', 'Zuverlässig auch bei Kälte'] },
        { name: 'Lithium AA Batterien, 12er-Pack', features: ['Hält in Digitalkameras bis zu 9-mal länger', 'Funktioniert von -40 bis 60 Grad Celsius'] },
        { name: 'Akku-Ladegerät mit 4 wiederaufladbaren AA-Akkus', features: ['Lädt AA- und AAA-Zellen', 'LED-Ladeanzeige'] },
        { name: 'AA und AAA Alkaline-Batterien Mischpack, 48 Stück', features: ['24 AA- und 24 AAA-Batterien', 'Versorgt das ganze Büro'] },
      ],
      coffee: [
        { name: 'Gemahlener Kaffee, mittlere Röstung, 340 g', features: ['Mild und ausgewogen', 'Für Filterkaffeemaschinen'] },
        { name: 'Ganze Kaffeebohnen, dunkle Röstung, 900 g', features: ['Kräftig und vollmundig', 'Zu Hause frisch mahlen'] },
        { name: 'Espresso ganze Bohnen, 1 kg', features: ['Noten von Schokolade und Haselnuss', 'Ideal für Espressomaschinen'] },
        { name: 'K-Cup Kaffeekapseln, mittlere Röstung, 72 Stück', features: ['Passend für Keurig-Maschinen', 'Recycelbare Kapseln'] },
        { name: 'Entkoffeinierter gemahlener Kaffee, 340 g', features: ['Schonend entkoffeiniert', 'Voller Geschmack ohne Koffein'] },
        { name: 'Instantkaffee, 225-g-Glas', features: ['Löst sich in Sekunden auf', 'Ergibt etwa 120 Tassen'] },
        { name: 'Cold-Brew-Kaffeebeutel, 4 Stück', features: ['Über Nacht ziehen lassen', 'Mild und säurearm'] },
        { name: 'Frühstücksmischung gemahlener Kaffee, 850-g-Dose', features: ['Hell und frisch', 'Vorteilsdose'] },
        { name: 'Bio-Kaffeebohnen, helle Röstung, 450 g', features: ['Aus biologischem Anbau', 'Fairtrade-zertifiziert'] },
        { name: 'Kaffeekapseln Probierpaket, 40 Stück', features: ['Acht Röstungen zum Probieren', 'Für die meisten Einzelportionsmaschinen'] },
        { name: 'Französische Röstung gemahlener Kaffee, 570 g', features: ['Rauchig und intensiv', 'Für French Press und Filter'] },
      ],
    },
    common: {
      batteries: ['Langlebige Energie für Alltagsgeräte', 'Auslaufsicher'],
      coffee: ['100 % Arabica-Kaffee', 'Frisch geröstet und verpackt'],
    },
    variations: {
      names: { Size: 'Größe', Color: 'Farbe', Roast: 'Röstung', Flavor: 'Geschmack', Shade: 'Farbton', Length: 'Länge' },
      values: {
        Black: 'Schwarz',
        White: 'Weiß',
        Silver: 'Silber',
        Navy: 'Marineblau',
        Blue: 'Blau',
        'Pacific Blue': 'Pazifikblau',
        Clear: 'Transparent',
        Pastel: 'Pastell',
        Bright: 'Leuchtend',
        Medium: 'Mittel',
        Dark: 'Dunkel',
        Light: 'Hell',
        Turkey: 'Truthahn',
        Salmon: 'Lachs',
      },
      packs: { Pack: '{n}er-Pack', Count: '{n} Stück' },
    },
    delivery: { free: 'KOSTENLOSE Lieferung {when}', paid: 'Lieferung {when} für {cost}', today: 'heute', tomorrow: 'morgen', days: 'in {min} bis {max} Tagen' },
  },
  fr: {
    synonyms: {
      batteries: ['pile', 'piles', 'batterie', 'batteries', 'accu', 'accus'],
      'printer paper': ['papier', 'ramette', 'feuilles', 'imprimante'],
      coffee: ['café', 'cafés', 'grains', 'moulu', 'expresso', 'dosettes', 'capsules'],
      headphones: ['casque', 'casques', 'écouteurs', 'oreillettes'],
      notebook: ['cahier', 'cahiers', 'carnet', 'carnets'],
      'water bottle': ['gourde', 'gourdes', 'bouteille'],
      'usb cable': ['câble', 'câbles', 'chargeur'],
      'desk lamp': ['lampe', 'lampes', 'lampe de bureau'],
      'dog food': ['croquettes', 'nourriture pour chien'],
      sunscreen: ['crème solaire', 'solaire', 'écran'],
    },
    templates: {
      batteries: [
        { name: 'Piles alcalines AA Coppertop, lot de 24', features: ['Se conservent 12 ans', 'Pour télécommandes, jouets et lampes de poche'] },
        { name: 'Piles alcalines AAA, lot de 20', features: ['Idéales pour télécommandes et souris sans fil', 'Durée de conservation de 10 ans'] },
        { name: 'Piles AA Max, lot de 8', features: ['Gardent leur charge jusqu’à 10 ans', 'Emballage refermable'] },
        { name: 'Piles rechargeables AA NiMH, 2000 mAh, lot de 8', features: ['Rechargeables jusqu’à 500 fois', 'Préchargées, prêtes à l’emploi'] },
        { name: 'Piles bouton lithium CR2032, lot de 6', features: ['Pour clés de voiture, montres et balances', 'Emballage sécurité enfants'] },
        { name: 'Piles alcalines 9V, lot de 4', features: ['Pour détecteurs de fumée et pédales d’effet', 'Durée de conservation de 5 ans'] },
        { name: 'Piles alcalines D, lot de 8', features: ['Pour lanternes et grandes lampes torches', 'Longue conservation'] },
        { name: 'Piles alcalines C, lot de 8', features: ['Pour radios et jouets', 'Fiables par temps froid'] },
        { name: 'Piles lithium AA, lot de 12', features: ['Durent jusqu’à 9 fois plus dans les appareils photo', 'Fonctionnent de -40 à 60 degrés'] },
        { name: 'Chargeur de piles avec 4 piles AA rechargeables', features: ['Charge les piles AA et AAA', 'Voyants de charge LED'] },
        { name: 'Assortiment de piles alcalines AA et AAA, lot de 48', features: ['24 piles AA et 24 piles AAA', 'De quoi équiper tout le bureau'] },
      ],
      coffee: [
        { name: 'Café moulu torréfaction moyenne, 340 g', features: ['Doux et équilibré', 'Pour cafetières filtre'] },
        { name: 'Café en grains torréfaction foncée, 900 g', features: ['Corsé et riche', 'À moudre frais chez soi'] },
        { name: 'Café en grains expresso, 1 kg', features: ['Notes de chocolat et de noisette', 'Idéal pour machines expresso'] },
        { name: 'Dosettes de café K-Cup, torréfaction moyenne, 72 dosettes', features: ['Compatibles avec les machines Keurig', 'Dosettes recyclables'] },
        { name: 'Café moulu décaféiné, 340 g', features: ['Décaféiné à l’eau', 'Tout le goût sans la caféine'] },
        { name: 'Café soluble, bocal de 225 g', features: ['Se dissout en quelques secondes', 'Environ 120 tasses'] },
        { name: 'Sachets de café infusion à froid, lot de 4', features: ['Infuser toute la nuit', 'Doux et peu acide'] },
        { name: 'Café moulu mélange petit-déjeuner, boîte de 850 g', features: ['Léger et vif', 'Boîte grand format'] },
        { name: 'Café en grains bio torréfaction claire, 450 g', features: ['Issu de l’agriculture biologique', 'Certifié commerce équitable'] },
        { name: 'Coffret de dosettes de café, 40 dosettes', features: ['Huit torréfactions à découvrir', 'Pour la plupart des machines à dosettes'] },
        { name: 'Café moulu torréfaction française, 570 g', features: ['Fumé et intense', 'Pour cafetière à piston et filtre'] },
      ],
    },
    common: {
      batteries: ['Une énergie durable pour les appareils du quotidien', 'Conception anti-fuite'],
      coffee: ['Café 100 % arabica', 'Torréfié et emballé frais'],
    },
    variations: {
      names: { Size: 'Taille', Color: 'Couleur', Roast: 'Torréfaction', Flavor: 'Saveur', Shade: 'Teinte', Length: 'Longueur' },
      values: {
        Black: 'Noir',
        White: 'Blanc',
        Silver: 'Argent',
        Navy: 'Bleu marine',
        Blue: 'Bleu',
        'Pacific Blue': 'Bleu pacifique',
        Clear: 'Transparent',
        Pastel: 'Pastel',
        Bright: 'Vif',
        Medium: 'Moyenne',
        Dark: 'Foncée',
        Light: 'Claire',
        Turkey: 'Dinde',
        Salmon: 'Saumon',
      },
      packs: { Pack: 'lot de {n}', Count: '{n} dosettes' },
    },
    delivery: { free: 'Livraison GRATUITE {when}', paid: 'Livraison {when} pour {cost}', today: 'aujourd’hui', tomorrow: 'demain', days: 'dans {min} à {max} jours' },
  },
  it: {
    synonyms: {
      batteries: ['pila', 'pile', 'batteria', 'batterie', 'ricaricabili'],
      'printer paper': ['carta', 'risma', 'fogli', 'stampante'],
      coffee: ['caffè', 'caffe', 'chicchi', 'macinato', 'espresso', 'cialde', 'capsule'],
      headphones: ['cuffie', 'auricolari'],
      notebook: ['quaderno', 'quaderni', 'taccuino'],
      'water bottle': ['borraccia', 'borracce', 'bottiglia'],
      'usb cable': ['cavo', 'cavi', 'caricatore'],
      'desk lamp': ['lampada', 'lampade'],
      'dog food': ['crocchette', 'cibo per cani'],
      sunscreen: ['crema solare', 'protezione solare'],
    },
    templates: {
      batteries: [
        { name: 'Pile alcaline AA Coppertop, confezione da 24', features: ['Si conservano 12 anni', 'Per telecomandi, giocattoli e torce'] },
        { name: 'Pile alcaline AAA, confezione da 20', features: ['Ideali per telecomandi e mouse wireless', 'Durata di conservazione 10 anni'] },
        { name: 'Pile AA Max, confezione da 8', features: ['Mantengono la carica fino a 10 anni', 'Confezione richiudibile'] },
        { name: 'Pile ricaricabili AA NiMH, 2000 mAh, confezione da 8', features: ['Ricaricabili fino a 500 volte', 'Precaricate e pronte all’uso'] },
        { name: 'Pile a bottone al litio CR2032, confezione da 6', features: ['Per chiavi auto, orologi e bilance', 'Confezione a prova di bambino'] },
        { name: 'Pile alcaline 9V, confezione da 4', features: ['Per rilevatori di fumo e pedali', 'Durata di conservazione 5 anni'] },
        { name: 'Pile alcaline torcia D, confezione da 8', features: ['Per lanterne e torce grandi', 'Lunga conservazione'] },
        { name: 'Pile alcaline mezza torcia C, confezione da 8', features: ['Per radio e giocattoli', 'Affidabili anche al freddo'] },
        { name: 'Pile al litio AA, confezione da 12', features: ['Durano fino a 9 volte di più nelle fotocamere', 'Funzionano da -40 a 60 gradi'] },
        { name: 'Caricabatterie con 4 pile AA ricaricabili', features: ['Ricarica pile AA e AAA', 'Indicatori di carica LED'] },
        { name: 'Assortimento di pile alcaline AA e AAA, confezione da 48', features: ['24 pile AA e 24 pile AAA', 'Per rifornire tutto l’ufficio'] },
      ],
      coffee: [
        { name: 'Caffè macinato tostatura media, 340 g', features: ['Morbido ed equilibrato', 'Per macchine da caffè americano'] },
        { name: 'Caffè in grani tostatura scura, 900 g', features: ['Deciso e corposo', 'Da macinare fresco a casa'] },
        { name: 'Caffè espresso in grani, 1 kg', features: ['Note di cioccolato e nocciola', 'Ideale per macchine espresso'] },
        { name: 'Capsule di caffè K-Cup, tostatura media, 72 capsule', features: ['Compatibili con le macchine Keurig', 'Capsule riciclabili'] },
        { name: 'Caffè macinato decaffeinato, 340 g', features: ['Decaffeinato ad acqua', 'Tutto il gusto senza caffeina'] },
        { name: 'Caffè solubile, barattolo da 225 g', features: ['Si scioglie in pochi secondi', 'Circa 120 tazze'] },
        { name: 'Bustine di caffè per cold brew, confezione da 4', features: ['In infusione per tutta la notte', 'Gusto morbido e poco acido'] },
        { name: 'Caffè macinato miscela colazione, barattolo da 850 g', features: ['Leggero e vivace', 'Formato convenienza'] },
        { name: 'Caffè in grani biologico tostatura chiara, 450 g', features: ['Da agricoltura biologica', 'Certificato Fairtrade'] },
        { name: 'Assortimento di capsule di caffè, 40 capsule', features: ['Otto tostature da provare', 'Per la maggior parte delle macchine a capsule'] },
        { name: 'Caffè macinato tostatura francese, 570 g', features: ['Affumicato e intenso', 'Per caffettiera a pistone e filtro'] },
      ],
    },
    common: {
      batteries: ['Energia duratura per i dispositivi di tutti i giorni', 'Design antiperdita'],
      coffee: ['Caffè 100% arabica', 'Tostato e confezionato fresco'],
    },
    variations: {
      names: { Size: 'Formato', Color: 'Colore', Roast: 'Tostatura', Flavor: 'Gusto', Shade: 'Tonalità', Length: 'Lunghezza' },
      values: {
        Black: 'Nero',
        White: 'Bianco',
        Silver: 'Argento',
        Navy: 'Blu navy',
        Blue: 'Blu',
        'Pacific Blue': 'Blu pacifico',
        Clear: 'Trasparente',
        Pastel: 'Pastello',
        Bright: 'Brillante',
        Medium: 'Media',
        Dark: 'Scura',
        Light: 'Chiara',
        Turkey: 'Tacchino',
        Salmon: 'Salmone',
      },
      packs: { Pack: 'confezione da {n}', Count: '{n} capsule' },
    },
    delivery: { free: 'Consegna GRATUITA {when}', paid: 'Consegna {when} a {cost}', today: 'oggi', tomorrow: 'domani', days: 'in {min}-{max} giorni' },
  },
  es: {
    synonyms: {
      batteries: ['pila', 'pilas', 'batería', 'baterías', 'recargables'],
      'printer paper': ['papel', 'folios', 'hojas', 'impresora'],
      coffee: ['café', 'cafe', 'grano', 'molido', 'espresso', 'cápsulas', 'monodosis'],
      headphones: ['auriculares', 'cascos', 'audífonos'],
      notebook: ['cuaderno', 'cuadernos', 'libreta', 'libretas'],
      'water bottle': ['botella', 'botellas', 'cantimplora'],
      'usb cable': ['cable', 'cables', 'cargador'],
      'desk lamp': ['lámpara', 'lámparas', 'flexo'],
      'dog food': ['pienso', 'comida para perros'],
      sunscreen: ['protector solar', 'crema solar', 'bloqueador'],
    },
    templates: {
      batteries: [
        { name: 'Pilas alcalinas AA Coppertop, paquete de 24', features: ['Se conservan 12 años', 'Para mandos, juguetes y linternas'] },
        { name: 'Pilas alcalinas AAA, paquete de 20', features: ['Ideales para mandos y ratones inalámbricos', 'Conservación de 10 años'] },
        { name: 'Pilas AA Max, paquete de 8', features: ['Mantienen la carga hasta 10 años', 'Envase que se vuelve a cerrar'] },
        { name: 'Pilas recargables AA NiMH, 2000 mAh, paquete de 8', features: ['Se recargan hasta 500 veces', 'Precargadas y listas para usar'] },
        { name: 'Pilas de botón de litio CR2032, paquete de 6', features: ['Para llaves de coche, relojes y básculas', 'Envase a prueba de niños'] },
        { name: 'Pilas alcalinas 9V, paquete de 4', features: ['Para detectores de humo y pedales', 'Conservación de 5 años'] },
        { name: 'Pilas alcalinas D, paquete de 8', features: ['Para faroles y linternas grandes', 'Larga conservación'] },
        { name: 'Pilas alcalinas C, paquete de 8', features: ['Para radios y juguetes', 'Fiables con frío'] },
        { name: 'Pilas de litio AA, paquete de 12', features: ['Duran hasta 9 veces más en cámaras digitales', 'Funcionan de -40 a 60 grados'] },
        { name: 'Cargador de pilas con 4 pilas AA recargables', features: ['Carga pilas AA y AAA', 'Indicadores de carga LED'] },
        { name: 'Surtido de pilas alcalinas AA y AAA, paquete de 48', features: ['24 pilas AA y 24 pilas AAA', 'Para toda la oficina'] },
      ],
      coffee: [
        { name: 'Café molido de tueste medio, 340 g', features: ['Suave y equilibrado', 'Para cafeteras de goteo'] },
        { name: 'Café en grano de tueste oscuro, 900 g', features: ['Intenso y con cuerpo', 'Para moler en casa'] },
        { name: 'Café en grano para espresso, 1 kg', features: ['Notas de chocolate y avellana', 'Ideal para cafeteras espresso'] },
        { name: 'Cápsulas de café K-Cup, tueste medio, 72 cápsulas', features: ['Compatibles con cafeteras Keurig', 'Cápsulas reciclables'] },
        { name: 'Café molido descafeinado, 340 g', features: ['Descafeinado al agua', 'Todo el sabor sin cafeína'] },
        { name: 'Café soluble, tarro de 225 g', features: ['Se disuelve en segundos', 'Unas 120 tazas'] },
        { name: 'Bolsitas de café cold brew, paquete de 4', features: ['Se infusiona toda la noche', 'Suave y poco ácido'] },
        { name: 'Café molido mezcla desayuno, lata de 850 g', features: ['Ligero y vivo', 'Lata de tamaño ahorro'] },
        { name: 'Café en grano ecológico de tueste claro, 450 g', features: ['De cultivo ecológico', 'Certificado de comercio justo'] },
        { name: 'Surtido de cápsulas de café, 40 cápsulas', features: ['Ocho tuestes para probar', 'Para la mayoría de cafeteras de cápsulas'] },
        { name: 'Café molido de tueste francés, 570 g', features: ['Ahumado e intenso', 'Para cafetera de émbolo y de goteo'] },
      ],
    },
    common: {
      batteries: ['Energía duradera para los aparatos de cada día', 'Diseño antifugas'],
      coffee: ['Café 100 % arábica', 'Tostado y envasado en el momento'],
    },
    variations: {
      names: { Size: 'Tamaño', Color: 'Color', Roast: 'Tueste', Flavor: 'Sabor', Shade: 'Tono', Length: 'Longitud' },
      values: {
        Black: 'Negro',
        White: 'Blanco',
        Silver: 'Plateado',
        Navy: 'Azul marino',
        Blue: 'Azul',
        'Pacific Blue': 'Azul pacífico',
        Clear: 'Transparente',
        Pastel: 'Pastel',
        Bright: 'Vivo',
        Medium: 'Medio',
        Dark: 'Oscuro',
        Light: 'Claro',
        Turkey: 'Pavo',
        Salmon: 'Salmón',
      },
      packs: { Pack: 'paquete de {n}', Count: '{n} cápsulas' },
    },
    delivery: { free: 'Envío GRATIS {when}', paid: 'Entrega {when} por {cost}', today: 'hoy', tomorrow: 'mañana', days: 'en {min} a {max} días' },
  },
  ja: {
    synonyms: {
      batteries: ['電池', '乾電池', '充電池', 'バッテリー', '単三', '単四'],
      'printer paper': ['コピー用紙', 'プリンター用紙', '用紙', '紙'],
      coffee: ['コーヒー', 'コーヒー豆', 'エスプレッソ', 'カプセル', 'ドリップ'],
      headphones: ['ヘッドホン', 'イヤホン', 'ヘッドセット'],
      notebook: ['ノート', 'メモ帳'],
      'water bottle': ['水筒', 'ボトル'],
      'usb cable': ['ケーブル', '充電ケーブル'],
      'desk lamp': ['デスクライト', 'ライト', 'スタンド'],
      'dog food': ['ドッグフード'],
      sunscreen: ['日焼け止め'],
    },
    templates: {
      batteries: [
        { name: 'コッパートップ アルカリ乾電池 単3形 24本', features: ['使用推奨期限12年', 'リモコン、おもちゃ、懐中電灯に'] },
        { name: 'アルカリ乾電池 単4形 20本', features: ['リモコンやワイヤレスマウスに最適', '使用推奨期限10年'] },
        { name: 'マックス 単3形乾電池 8本パック', features: ['最長10年保存可能', '再封できるパッケージ'] },
        { name: '充電式ニッケル水素電池 単3形 2000mAh 8本パック', features: ['約500回くり返し使える', '充電済みですぐ使える'] },
        { name: 'リチウムコイン電池 CR2032 6個パック', features: ['車のキー、時計、体重計に', 'チャイルドレジスタンスパッケージ'] },
        { name: 'アルカリ乾電池 9V形 4本パック', features: ['火災報知器やエフェクターに', '使用推奨期限5年'] },
        { name: 'アルカリ乾電池 単1形 8本', features: ['ランタンや大型懐中電灯に', '長期保存可能'] },
        { name: 'アルカリ乾電池 単2形 8本', features: ['ラジオやおもちゃに', '寒い場所でも安定'] },
        { name: 'リチウム乾電池 単3形 12本パック', features: ['デジタルカメラで最大9倍長持ち', 'マイナス40度から60度まで使用可能'] },
        { name: '充電器 単3形充電池4本付き', features: ['単3形と単4形を充電', 'LED充電表示'] },
        { name: 'アルカリ乾電池 単3形・単4形 アソートパック 48本', features: ['単3形24本と単4形24本', 'オフィスまるごとの備えに'] },
      ],
      coffee: [
        { name: 'ミディアムロースト 粉コーヒー 340g', features: ['まろやかでバランスのよい味', 'コーヒーメーカー向け'] },
        { name: 'ダークロースト コーヒー豆 900g', features: ['力強く豊かな味わい', '自宅で挽きたてを'] },
        { name: 'エスプレッソ コーヒー豆 1kg', features: ['チョコレートとヘーゼルナッツの香り', 'エスプレッソマシンに最適'] },
        { name: 'Kカップ コーヒーカプセル ミディアムロースト 72個', features: ['キューリグ対応', 'リサイクルできるカプセル'] },
        { name: 'カフェインレス 粉コーヒー 340g', features: ['水だけでカフェインを除去', 'カフェインなしでも豊かな味'] },
        { name: 'インスタントコーヒー 瓶 225g', features: ['数秒で溶ける', '約120杯分'] },
        { name: '水出しコーヒー パック 4袋', features: ['ひと晩置くだけ', 'まろやかで酸味控えめ'] },
        { name: 'ブレックファストブレンド 粉コーヒー 缶 850g', features: ['軽やかで明るい味', 'お徳用サイズ'] },
        { name: 'オーガニック ライトロースト コーヒー豆 450g', features: ['有機栽培', 'フェアトレード認証'] },
        { name: 'コーヒーカプセル バラエティパック 40個', features: ['8種類の焙煎を飲み比べ', 'ほとんどのカプセル式マシンに対応'] },
        { name: 'フレンチロースト 粉コーヒー 570g', features: ['スモーキーで濃厚', 'フレンチプレスやドリップに'] },
      ],
    },
    common: {
      batteries: ['毎日使う機器に長持ちパワー', '液漏れ防止設計'],
      coffee: ['アラビカ種100%', '焙煎したてをパック'],
    },
    variations: {
      names: { Size: 'サイズ', Color: '色', Roast: '焙煎', Flavor: '味', Shade: '色味', Length: '長さ' },
      values: {
        Black: 'ブラック',
        White: 'ホワイト',
        Silver: 'シルバー',
        Navy: 'ネイビー',
        Blue: 'ブルー',
        'Pacific Blue': 'パシフィックブルー',
        Clear: 'クリア',
        Pastel: 'パステル',
        Bright: 'ビビッド',
        Medium: 'ミディアム',
        Dark: 'ダーク',
        Light: 'ライト',
        Turkey: 'ターキー',
        Salmon: 'サーモン',
      },
      packs: { Pack: '{n}本パック', Count: '{n}個' },
    },
    delivery: { free: '{when}お届け（配送料無料）', paid: '{when}お届け（配送料{cost}）', today: '今日', tomorrow: '明日', days: '{min}〜{max}日後に' },
  },
};

/** The language of an API locale ("de_DE" → "de"), when the sample data speaks it. */
export function catalogLanguage(locale: string | undefined): CatalogLanguage | undefined {
  const language = locale?.slice(0, 2);
  return language !== undefined && Object.hasOwn(LANGUAGES, language) ? (language as CatalogLanguage) : undefined;
}

/** Every language's search words for a category, for the search index. */
export function synonymsInEveryLanguage(category: SeedCategory): string[] {
  return Object.values(LANGUAGES).flatMap((data) => data.synonyms[category.key] ?? []);
}

/** A variation dimension's name or value in the language ("Black" → "Schwarz", "24 Pack" → "24er-Pack"); as written when the data has none. */
export function localizedVariation(text: string, language: CatalogLanguage | undefined): string {
  if (language === undefined) return text;
  const { names, values, packs } = LANGUAGES[language].variations;
  const named = Object.hasOwn(names, text) ? names[text] : Object.hasOwn(values, text) ? values[text] : undefined;
  if (named !== undefined) return named;
  const pack = /^(\d+) (Pack|Count)$/.exec(text);
  return pack?.[1] === undefined ? text : packs[pack[2] as 'Pack' | 'Count'].replace('{n}', pack[1]);
}
