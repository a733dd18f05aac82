/**
 * Small vocabularies for generating benchmark articles in each language's own script.
 * The sentences are nonsense assembled from real words, enough to exercise fonts,
 * segmentation and the search index the way real text does.
 */
export const WORDS: Record<string, { words: string[]; joiner: string; end: string }> = {
  vi: {
    words: ['đoàn', 'đại biểu', 'hữu nghị', 'hợp tác', 'nhân dân', 'đối ngoại', 'tỉnh', 'thành phố', 'giao lưu', 'văn hóa', 'giáo dục', 'học bổng', 'viện trợ', 'dự án', 'hội thảo', 'tọa đàm', 'Lào', 'Campuchia', 'phát triển', 'bền vững', 'thanh niên', 'phụ nữ', 'y tế', 'trường học', 'cộng đồng', 'biên giới', 'kinh nghiệm', 'chia sẻ', 'tăng cường', 'quan hệ'],
    joiner: ' ',
    end: '.',
  },
  en: {
    words: ['delegation', 'friendship', 'cooperation', 'people', 'diplomacy', 'province', 'city', 'exchange', 'culture', 'education', 'scholarship', 'aid', 'project', 'seminar', 'Laos', 'Cambodia', 'development', 'youth', 'women', 'health', 'school', 'community', 'border', 'experience', 'shared', 'strengthened', 'relations', 'union', 'visit', 'partners'],
    joiner: ' ',
    end: '.',
  },
  fr: {
    words: ['délégation', 'amitié', 'coopération', 'peuple', 'diplomatie', 'province', 'ville', 'échange', 'culture', 'éducation', 'bourse', 'aide', 'projet', 'séminaire', 'Laos', 'Cambodge', 'développement', 'jeunesse', 'femmes', 'santé', 'école', 'communauté', 'frontière', 'expérience', 'partagée', 'renforcée', 'relations', 'union', 'visite', 'partenaires'],
    joiner: ' ',
    end: '.',
  },
  lo: {
    words: ['ຄະນະຜູ້ແທນ', 'ມິດຕະພາບ', 'ການຮ່ວມມື', 'ປະຊາຊົນ', 'ການທູດ', 'ແຂວງ', 'ນະຄອນ', 'ແລກປ່ຽນ', 'ວັດທະນະທຳ', 'ການສຶກສາ', 'ທຶນການສຶກສາ', 'ການຊ່ວຍເຫຼືອ', 'ໂຄງການ', 'ກອງປະຊຸມ', 'ຫວຽດນາມ', 'ການພັດທະນາ', 'ໄວໜຸ່ມ', 'ແມ່ຍິງ', 'ສາທາລະນະສຸກ', 'ໂຮງຮຽນ', 'ຊຸມຊົນ', 'ຊາຍແດນ', 'ປະສົບການ', 'ສາຍພົວພັນ'],
    joiner: '',
    end: ' ',
  },
  zh: {
    words: ['代表团', '友好', '合作', '人民', '外交', '省', '城市', '交流', '文化', '教育', '奖学金', '援助', '项目', '研讨会', '老挝', '柬埔寨', '发展', '青年', '妇女', '卫生', '学校', '社区', '边境', '经验', '分享', '加强', '关系', '联合会', '访问', '伙伴'],
    joiner: '',
    end: '。',
  },
  km: {
    words: ['គណៈប្រតិភូ', 'មិត្តភាព', 'កិច្ចសហប្រតិបត្តិការ', 'ប្រជាជន', 'ការទូត', 'ខេត្ត', 'ទីក្រុង', 'ការផ្លាស់ប្តូរ', 'វប្បធម៌', 'ការអប់រំ', 'អាហារូបករណ៍', 'ជំនួយ', 'គម្រោង', 'សិក្ខាសាលា', 'វៀតណាម', 'ការអភិវឌ្ឍ', 'យុវជន', 'ស្ត្រី', 'សុខាភិបាល', 'សាលារៀន', 'សហគមន៍', 'ព្រំដែន', 'បទពិសោធន៍', 'ទំនាក់ទំនង'],
    joiner: '',
    end: '។ ',
  },
};
