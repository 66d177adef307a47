/**
 * The commonest family names of peoples who share a few of them among millions: Korean, Chinese (Mandarin,
 * Cantonese and Hokkien spellings) and Vietnamese. One list, each user taking what it needs: merge-speakers.ts
 * joins no bare surname of these across documents (a "Ms. Lee" of one report is not the Lee another names in
 * full); local-speaker.ts reads a name opening with a Vietnamese one as written family name first ("Nguyen Thi
 * Lan"). Each entry is a regular expression's source for one name (a Vietnamese one with its diacritics or
 * without), no group in it.
 */

export const KOREAN_FAMILY_NAMES: readonly string[] = ['Kim', 'Lee', 'Yi', 'Rhee', 'Park', 'Pak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Jang', 'Chang', 'Lim', 'Han', 'Oh', 'Seo', 'Suh', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Hong', 'Yoo', 'Ryu', 'Jeon', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Nam'];

export const CHINESE_FAMILY_NAMES: readonly string[] = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Zhu', 'Hu', 'Guo', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Tang', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Du', 'Cheng', 'Wei', 'Shen', 'Jin', 'Wong', 'Chan', 'Cheung', 'Leung', 'Ng', 'Lau', 'Tan', 'Ong', 'Goh'];

// None of them also an English given name or a common word ("Le" and "Do" are left out).
export const VIETNAMESE_FAMILY_NAMES: readonly string[] = ['Nguy[eễ]n', 'Tr[aầ]n', 'Ph[aạ]m', 'Ho[aà]ng', 'Hu[yỳ]nh', 'Phan', 'V[uũ]', 'V[oõ]', '[DĐ][aặ]ng', 'B[uù]i', 'Ng[oô]', 'D[uư][oơ]ng', '[DĐ]inh', 'Tr[iị]nh', '[DĐ]o[aà]n', 'Tr[uư][oơ]ng', 'L[uư][oơ]ng', '[DĐ][oỗ]'];

/** A regular expression matching a whole word that is one of the names given, with the flags given ("u", "iu"). */
export function familyNameTest(names: readonly string[], flags: string): RegExp {
  return new RegExp(`^(?:${names.join('|')})$`, flags);
}

/**
 * The commonest Japanese family names (national tallies' top hundred or so, written in Hepburn without long-vowel
 * marks), less those that are also prefectures or cities written before their noun ("Chiba Prefecture"):
 * local-speaker.ts reads a two-word name opening with one of them, its second word no such name, no common word
 * and no surname the lexicon knows, as written family name first ("Sato Aiko", as Japanese papers' English
 * editions print names), while "Aiko Sato" stays given name first.
 */
export const JAPANESE_FAMILY_NAMES: readonly string[] = ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Saito', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamazaki', 'Mori', 'Ikeda', 'Hashimoto', 'Yamashita', 'Nakajima', 'Maeda', 'Fujita', 'Ogawa', 'Goto', 'Okada', 'Hasegawa', 'Murakami', 'Kondo', 'Ishii', 'Sakamoto', 'Endo', 'Aoki', 'Fujii', 'Nishimura', 'Fukuda', 'Ota', 'Miura', 'Fujiwara', 'Okamoto', 'Matsuda', 'Nakagawa', 'Nakano', 'Harada', 'Ono', 'Tamura', 'Takeuchi', 'Kaneko', 'Wada', 'Nakayama', 'Ishida', 'Ueda', 'Morita', 'Hara', 'Shibata', 'Sakai', 'Kudo', 'Yokoyama', 'Miyamoto', 'Uchida', 'Takagi', 'Ando', 'Taniguchi', 'Ohno', 'Maruyama', 'Imai', 'Takada', 'Fujimoto', 'Takeda', 'Murata', 'Ueno', 'Sugiyama', 'Masuda', 'Sugawara', 'Hirano', 'Otsuka', 'Kubo', 'Matsui', 'Iwasaki', 'Sakurai', 'Kinoshita', 'Noguchi', 'Matsuo', 'Kikuchi', 'Nomura', 'Arai', 'Yoshikawa', 'Nishida'];
