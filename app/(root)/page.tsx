import { BilingualChoice } from '@/components/bilingual-choice';

/** "/": the reader picks a language; every other URL carries it. */
export default function RootPage() {
  return <BilingualChoice heading="siteName" text="siteTagline" cta="rootChoose" />;
}
