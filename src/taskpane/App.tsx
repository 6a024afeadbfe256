// Placeholder: the task pane helper replaces this component. index.tsx renders its default export.
import { Text } from "@fluentui/react-components";

export default function App() {
  return <Text>Reja</Text>;
}
