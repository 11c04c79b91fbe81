export const dynamic = "force-dynamic";
export default function Home() {
  return <h1 className="text-2xl font-bold">Kyoso Hub</h1>;
}
